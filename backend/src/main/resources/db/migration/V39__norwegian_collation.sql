-- Issue 18: lists sorted by name put æ, ø and å after z, as Norwegian readers expect. The collation is created by
-- name here, so that an installation whose PostgreSQL lacks ICU fails at deployment, not at the first sorted list.
CREATE COLLATION IF NOT EXISTS bta_norsk (provider = icu, locale = 'nb-NO');
