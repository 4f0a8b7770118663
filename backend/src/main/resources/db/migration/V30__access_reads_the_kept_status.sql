-- Issue 16: access (R-ACC-3) reads an application's kept status (V29) instead of working it out again.
-- This restates access_grants (V12) whole, and it is from now on the one definition of who may see which person;
-- only the QUEUE grant changed: ESIKT's open applications are found through the index on intake.status.

-- the same columns as V12's, read from the application itself (no second read of intake through intake_state)
CREATE OR REPLACE VIEW intake_closure AS
SELECT i.id AS intake_id, i.person_id, i.caseworker_subject, i.status, u.facility_id AS allocated_facility_id,
       CASE i.status
           WHEN 'MOVED_IN' THEN i.moved_in_on
           WHEN 'WITHDRAWN' THEN (i.withdrawn_at AT TIME ZONE 'Europe/Oslo')::date
           WHEN 'REJECTED' THEN (i.rejected_at AT TIME ZONE 'Europe/Oslo')::date
           WHEN 'DECLINED' THEN i.orientation_held_on
       END AS closed_on
FROM intake i
LEFT JOIN allocation a ON a.intake_id = i.id AND a.released_at IS NULL
LEFT JOIN unit u ON u.id = a.unit_id;

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
WHERE p_queue AND i.status IN ('SUBMITTED', 'WAITING', 'ALLOCATED', 'INFORMED', 'ORIENTED', 'DECIDED')
$$;

-- the open applications and whose they are, from the index alone
CREATE INDEX intake_open ON intake (id) INCLUDE (person_id)
    WHERE status IN ('SUBMITTED', 'WAITING', 'ALLOCATED', 'INFORMED', 'ORIENTED', 'DECIDED');
