-- R-ACC-5 (M30): who is due to be forgotten, and since when. The period itself (bta.retention.days) and what is
-- forgotten, table by table, live in retention.PersonalData; this view says only from which day the period runs.
--
-- A person's period runs from the latest of:
--   STAY         the last agreement ended (moved out, voided or converted);
--   APPLICATION  the last application closed without a move-in (withdrawn, also when closed after a voided
--                agreement; rejected; declined at the orientation meeting), Oslo dates as in intake_closure;
--   SANCTION     the last sanction's appeal decision, or its appeal deadline when no appeal was decided (a deadline
--                still running is in the future, so the person is not due; before V22 this was a check against now());
--   REGISTERED   only for a person with no agreement and no application ever: the day the person was registered.
-- A person with only a rejected or withdrawn application is thus due a period after it closed, and one registered
-- without ever applying a period after the registration.
--
-- Never due while (as in V20): an agreement is running, an application is open, money is owed either way
-- (agreement_balance <> 0), or an appeal is lodged and not decided.
DROP VIEW retention_candidate;

CREATE VIEW retention_candidate AS
WITH activity AS (
    SELECT p.id AS person_id,
           (SELECT max(coalesce(a.moved_out_on, a.ended_on)) FROM agreement a WHERE a.person_id = p.id) AS stay_ended_on,
           (SELECT max(c.closed_on) FROM intake_closure c
            WHERE c.person_id = p.id AND c.status IN ('WITHDRAWN', 'REJECTED', 'DECLINED')) AS application_closed_on,
           (SELECT max(coalesce(s.appeal_outcome_on, s.appeal_deadline)) FROM sanction s WHERE s.person_id = p.id)
               AS sanction_settled_on,
           CASE WHEN NOT EXISTS (SELECT 1 FROM agreement a WHERE a.person_id = p.id)
                     AND NOT EXISTS (SELECT 1 FROM intake i WHERE i.person_id = p.id)
                THEN (p.created_at AT TIME ZONE 'Europe/Oslo')::date END AS registered_on
    FROM person p
    WHERE p.anonymised_at IS NULL
      -- no agreement still running
      AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.person_id = p.id AND a.ended_on IS NULL)
      -- no application still open
      AND NOT EXISTS (SELECT 1 FROM intake i JOIN intake_state s ON s.intake_id = i.id
                      WHERE i.person_id = p.id AND s.status NOT IN ('WITHDRAWN', 'REJECTED', 'DECLINED', 'MOVED_IN'))
      -- nothing owed either way: no arrears, no credit still to be paid back (R-PAY-8)
      AND NOT EXISTS (SELECT 1 FROM agreement_balance b JOIN agreement a ON a.id = b.agreement_id
                      WHERE a.person_id = p.id AND b.balance_ore <> 0)
      -- no appeal lodged and still undecided
      AND NOT EXISTS (SELECT 1 FROM sanction s WHERE s.person_id = p.id
                      AND s.appealed_on IS NOT NULL AND s.appeal_outcome IS NULL)
), latest AS (
    SELECT x.*, greatest(x.stay_ended_on, x.application_closed_on, x.sanction_settled_on, x.registered_on) AS last_activity_on
    FROM activity x
)
SELECT l.person_id,
       l.last_activity_on,
       CASE l.last_activity_on
           WHEN l.sanction_settled_on THEN 'SANCTION'
           WHEN l.stay_ended_on THEN 'STAY'
           WHEN l.application_closed_on THEN 'APPLICATION'
           ELSE 'REGISTERED'
       END AS last_activity_kind
FROM latest l;

-- What a free text that must stay non-empty (NOT NULL, or a CHECK that pairs it with a date) reads once forgotten;
-- a text that is empty stays empty. Every feature's anonymise statement uses it (retention.PersonalData: REPLACED).
CREATE FUNCTION forgotten(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN NULL ELSE 'Anonymisert' END
$$;
