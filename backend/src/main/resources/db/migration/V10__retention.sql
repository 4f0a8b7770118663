-- M30: personal data is not kept longer than needed. An anonymised person keeps id, sex and birth year
-- (so statistics stay the same) and loses name, identity number and contact details.
ALTER TABLE person ALTER COLUMN national_id DROP NOT NULL;
ALTER TABLE person ADD COLUMN anonymised_at timestamptz;
ALTER TABLE person ADD CONSTRAINT person_identified_or_anonymised CHECK (national_id IS NOT NULL OR anonymised_at IS NOT NULL);

-- Who would be anonymised, and since when their last stay or application ended.
CREATE VIEW retention_candidate AS
SELECT p.id AS person_id,
       greatest(
           (SELECT max(coalesce(a.moved_out_on, a.ended_on)) FROM agreement a WHERE a.person_id = p.id),
           (SELECT max(coalesce(i.withdrawn_at, i.rejected_at)::date) FROM intake i WHERE i.person_id = p.id),
           (SELECT max(i.orientation_held_on) FROM intake i WHERE i.person_id = p.id AND i.applicant_answer = 'DECLINED')
       ) AS last_activity_on
FROM person p
WHERE p.anonymised_at IS NULL
  -- no agreement still running
  AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.person_id = p.id AND a.ended_on IS NULL)
  -- no application still open
  AND NOT EXISTS (SELECT 1 FROM intake i JOIN intake_state s ON s.intake_id = i.id
                  WHERE i.person_id = p.id AND s.status NOT IN ('WITHDRAWN', 'REJECTED', 'DECLINED', 'MOVED_IN'))
  -- no arrears
  AND NOT EXISTS (SELECT 1 FROM charge_balance b JOIN agreement a ON a.id = b.agreement_id
                  WHERE a.person_id = p.id AND b.open_ore > 0)
  -- no appeal open or appeal deadline running
  AND NOT EXISTS (SELECT 1 FROM sanction s WHERE s.person_id = p.id
                  AND ((s.appealed_on IS NOT NULL AND s.appeal_outcome IS NULL)
                       OR s.appeal_deadline >= (now() AT TIME ZONE 'Europe/Oslo')::date));
