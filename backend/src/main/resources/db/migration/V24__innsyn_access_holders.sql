-- R-ACC-2 / R-ACC-3: innsyn says who may see a person now and why. Not a second rule: the holders are found by
-- asking the one rule, access_grants (V12), as each possible holder would ask it:
--   * facility staff of every facility, and ESIKT's queue (one call with every facility and p_queue = true);
--   * the HVK caseworker of each of the person's applications (one call per caseworker subject).
-- So a change to access_grants changes innsyn with it.
--
-- One row per grant: the facility it is tied to (NULL for HVK and ESIKT), the caseworker's token subject and
-- username (APPLICATION only), the application or agreement behind it, why, the day the relationship ended and the
-- last day the grant holds (both NULL while it is open).
CREATE FUNCTION access_holders(p_person uuid, p_today date, p_window integer)
    RETURNS TABLE (facility_id text, caseworker_subject text, caseworker text, intake_id uuid, agreement_id uuid,
                   reason text, ended_on date, until date)
    LANGUAGE sql STABLE AS
$$
SELECT g.facility_id, NULL::text, NULL::text, g.intake_id, g.agreement_id, g.reason, g.ended_on, g.until
FROM access_grants(ARRAY(SELECT f.id FROM facility f), '-', true, p_today, p_window) g
WHERE g.person_id = p_person
UNION ALL
SELECT g.facility_id, s.caseworker_subject, i.caseworker, g.intake_id, g.agreement_id, g.reason, g.ended_on, g.until
FROM (SELECT DISTINCT it.caseworker_subject FROM intake it
      WHERE it.person_id = p_person AND it.caseworker_subject IS NOT NULL AND it.caseworker_subject <> '-') s
CROSS JOIN LATERAL access_grants(ARRAY['-'], s.caseworker_subject, false, p_today, p_window) g
JOIN intake i ON i.id = g.intake_id
WHERE g.person_id = p_person
$$;
