-- R-ACC-3: access follows the care relationship. This file is the one definition of who may see which person,
-- through which record, and until when. Java reaches it only through security.PersonAccess.

-- HVK's access is keyed on the caseworker's token subject (a username can be renamed or reused). Applications
-- registered before this migration have no subject and are visible to no caseworker until handed over.
ALTER TABLE intake ADD COLUMN caseworker_subject text;
CREATE INDEX intake_caseworker_subject ON intake (caseworker_subject) WHERE caseworker_subject IS NOT NULL;

-- What ESIKT reads of HVK's assessment: a short summary HVK writes for prioritising, never the full text.
ALTER TABLE intake ADD COLUMN assessment_summary text CHECK (length(assessment_summary) BETWEEN 1 AND 500);

-- A resident's consent that a receiving facility may read the assessments recorded at earlier facilities.
CREATE TABLE assessment_share_consent (
    person_id    uuid NOT NULL REFERENCES person (id),
    facility_id  text NOT NULL REFERENCES facility (id),
    given_on     date NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    recorded_by  text NOT NULL,
    withdrawn_on date,
    PRIMARY KEY (person_id, facility_id),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);

-- An allocation is closed when the agreement drafted from it ends by move-out: the unit's history and the access
-- rule then say the same. Agreements that ended before this migration are closed here.
UPDATE allocation al SET released_at = now(), release_reason = 'Avtalen er avsluttet (utflyttet)'
WHERE al.released_at IS NULL
  AND EXISTS (SELECT 1 FROM agreement a WHERE a.intake_id = al.intake_id AND a.ended_on IS NOT NULL
              AND a.end_reason = 'MOVED_OUT')
  AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.intake_id = al.intake_id AND a.ended_on IS NULL);

-- The day an application was closed: moved in, withdrawn, rejected or declined (NULL while it is open).
CREATE VIEW intake_closure AS
SELECT i.id AS intake_id, i.person_id, i.caseworker_subject, s.status, s.allocated_facility_id,
       CASE s.status
           WHEN 'MOVED_IN' THEN i.moved_in_on
           WHEN 'WITHDRAWN' THEN (i.withdrawn_at AT TIME ZONE 'Europe/Oslo')::date
           WHEN 'REJECTED' THEN (i.rejected_at AT TIME ZONE 'Europe/Oslo')::date
           WHEN 'DECLINED' THEN i.orientation_held_on
       END AS closed_on
FROM intake i JOIN intake_state s ON s.intake_id = i.id;

-- Every grant the caller holds, with the person, the facility it is tied to (NULL for HVK and ESIKT), the
-- application or agreement it comes from, why, the day the relationship ended and the last day the grant holds
-- (both NULL while it is open).
--   p_facilities: the caller's facilities as facility staff (botiltak, fagleder), else {'-'}
--   p_subject:    the caller's token subject as HVK caseworker, else '-'
--   p_queue:      true for ESIKT (the allocation queue)
--   p_today:      today in Europe/Oslo;  p_window: the follow-up window in days (bta.access.follow-up-days)
-- Reasons: ALLOCATED (a live allocation to the facility), RESIDENT (an agreement not ended), AFTER_CARE (an
-- agreement ended less than p_window days ago), APPLICATION (HVK's own application, open or closed less than
-- p_window days ago), QUEUE (an application waiting for ESIKT: submitted, prioritised or allocated, before
-- move-in).
CREATE FUNCTION access_grants(p_facilities text[], p_subject text, p_queue boolean, p_today date, p_window integer)
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
SELECT c.person_id, NULL, c.intake_id, NULL, 'QUEUE', NULL, NULL
FROM intake_closure c
WHERE p_queue AND c.status IN ('SUBMITTED', 'WAITING', 'ALLOCATED', 'INFORMED', 'ORIENTED', 'DECIDED')
$$;
