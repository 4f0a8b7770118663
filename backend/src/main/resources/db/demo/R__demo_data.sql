-- Demo data for bin/dev only (Flyway location db/demo is added in the dev profile and by bin/test's
-- end-to-end stack; never in production). Repeatable: it is run again when it changes, so every
-- statement must be safe to repeat.
-- The facility registry itself is reference data in db/migration. Demo persons, applications and
-- agreements are added here as the intake and agreement features arrive.
SELECT 1;
