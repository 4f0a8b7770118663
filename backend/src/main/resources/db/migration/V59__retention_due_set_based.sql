-- R-ACC-5 (M30), issue 16: who is due to be forgotten, read for everyone at once or for a few persons, by one rule.
--
-- The rule is V22's, unchanged (when a person's period runs from, and what keeps a person: a running agreement, an
-- open application, money owed either way, an appeal lodged and not decided). V22 asked it as five correlated
-- subqueries of each person: at national scale (315 435 persons) the list of persons due took 8.1 s on one connection
-- before the run's batches could start (7.6 s alone in psql; 2.2 s read as below, the same rows).
--
-- Here each table is read once and grouped by person: a person's agreements (last end, any still running, any
-- balance not zero), applications (last closed without a place, any still open) and sanctions (last settled, any
-- appeal undecided), joined to the persons. retention_due_among(NULL) reads everyone; retention_due_among(ids) the
-- given persons only, through the person indexes, which is what a batch rechecks after locking its persons. The
-- function is plain SQL, so PostgreSQL inlines it: with NULL the filters fold away, with ids they reach each table.
-- The view keeps its name and columns for the preview and the run's list.
CREATE FUNCTION retention_due_among(only_persons uuid[])
    RETURNS TABLE (person_id uuid, last_activity_on date, last_activity_kind text)
    LANGUAGE sql STABLE AS $$
    WITH stays AS (
        SELECT a.person_id,
               max(coalesce(a.moved_out_on, a.ended_on)) AS stay_ended_on,
               bool_or(a.ended_on IS NULL) AS running,
               -- as agreement_balance: an agreement without kept sums owes nothing
               bool_or(coalesce(l.charged_ore - l.paid_ore + l.refunded_ore, 0) <> 0) AS owing
        FROM agreement a LEFT JOIN agreement_ledger l ON l.agreement_id = a.id
        WHERE only_persons IS NULL OR a.person_id = ANY (only_persons)
        GROUP BY a.person_id
    ), applications AS (
        SELECT c.person_id,
               max(c.closed_on) FILTER (WHERE c.status IN ('WITHDRAWN', 'REJECTED', 'DECLINED')) AS closed_on,
               bool_or(c.status NOT IN ('WITHDRAWN', 'REJECTED', 'DECLINED', 'MOVED_IN')) AS open
        FROM intake_closure c
        WHERE only_persons IS NULL OR c.person_id = ANY (only_persons)
        GROUP BY c.person_id
    ), sanctions AS (
        SELECT s.person_id,
               max(coalesce(s.appeal_outcome_on, s.appeal_deadline)) AS settled_on,
               bool_or(s.appealed_on IS NOT NULL AND s.appeal_outcome IS NULL) AS appeal_open
        FROM sanction s
        WHERE only_persons IS NULL OR s.person_id = ANY (only_persons)
        GROUP BY s.person_id
    ), activity AS (
        SELECT p.id AS person_id,
               st.stay_ended_on,
               ap.closed_on AS application_closed_on,
               sa.settled_on AS sanction_settled_on,
               CASE WHEN st.person_id IS NULL AND ap.person_id IS NULL
                    THEN (p.created_at AT TIME ZONE 'Europe/Oslo')::date END AS registered_on
        FROM person p
        LEFT JOIN stays st ON st.person_id = p.id
        LEFT JOIN applications ap ON ap.person_id = p.id
        LEFT JOIN sanctions sa ON sa.person_id = p.id
        WHERE p.anonymised_at IS NULL
          AND (only_persons IS NULL OR p.id = ANY (only_persons))
          AND st.running IS NOT TRUE
          AND ap.open IS NOT TRUE
          AND st.owing IS NOT TRUE
          AND sa.appeal_open IS NOT TRUE
    ), latest AS (
        SELECT x.*, greatest(x.stay_ended_on, x.application_closed_on, x.sanction_settled_on, x.registered_on)
                   AS last_activity_on
        FROM activity x
    )
    SELECT l.person_id,
           l.last_activity_on,
           CASE l.last_activity_on
               WHEN l.sanction_settled_on THEN 'SANCTION'
               WHEN l.stay_ended_on THEN 'STAY'
               WHEN l.application_closed_on THEN 'APPLICATION'
               ELSE 'REGISTERED'
           END
    FROM latest l
$$;

CREATE OR REPLACE VIEW retention_candidate AS
SELECT person_id, last_activity_on, last_activity_kind FROM retention_due_among(NULL);
