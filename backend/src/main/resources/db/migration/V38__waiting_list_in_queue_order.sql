-- Issue 16: ESIKT's waiting list read in its order and stopped at the page.
-- ESIKT sees every application in its queue (R-ACC-3), so its list needs no test of grants row by row: the list asks
-- the application's own status first (intake_in_queue, the one definition of the queue, which access_grants now uses
-- too) and walks intake_list_order in the waiting list's order (priority, then date received) to the page's end,
-- instead of joining every open application to its grants and sorting them all.

CREATE FUNCTION intake_in_queue(p_status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT p_status IN ('SUBMITTED', 'WAITING', 'ALLOCATED', 'INFORMED', 'ORIENTED', 'DECIDED') $$;

-- access_grants as in V30, the QUEUE grant through intake_in_queue
CREATE OR REPLACE FUNCTION access_grants(p_facilities text[], p_subject text, p_queue boolean, p_today date,
                                         p_window integer)
    RETURNS TABLE (person_id uuid, facility_id text, intake_id uuid, agreement_id uuid, reason text, ended_on date,
                   until date)
    LANGUAGE sql STABLE AS
$$
SELECT c.person_id, c.allocated_facility_id, c.intake_id, NULL::uuid, 'ALLOCATED', NULL::date, NULL::date
FROM intake_closure c
WHERE c.allocated_facility_id = ANY (p_facilities)
UNION ALL
SELECT a.person_id, a.facility_id, a.intake_id, a.id,
       CASE WHEN a.ended_on IS NULL THEN 'RESIDENT' ELSE 'AFTER_CARE' END,
       a.ended_on, a.ended_on + p_window - 1
FROM agreement a
WHERE a.facility_id = ANY (p_facilities)
  AND (a.ended_on IS NULL OR a.ended_on + p_window > p_today)
UNION ALL
SELECT c.person_id, NULL, c.intake_id, NULL, 'APPLICATION', c.closed_on, c.closed_on + p_window - 1
FROM intake_closure c
WHERE c.caseworker_subject = p_subject
  AND (c.closed_on IS NULL OR c.closed_on + p_window > p_today)
UNION ALL
SELECT i.person_id, NULL, i.id, NULL, 'QUEUE', NULL, NULL
FROM intake i
WHERE p_queue AND intake_in_queue(i.status)
$$;

-- the application list by status in the waiting list's order (the id breaks ties, as in the list's ORDER BY)
CREATE INDEX IF NOT EXISTS intake_list_order ON intake (status, priority, received_on, created_at, id);
