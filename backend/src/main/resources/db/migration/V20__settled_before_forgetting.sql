-- R-PAY-8 and retention: a person is forgotten only when the money is settled both ways. Besides arrears, a
-- credit still owed back to the resident (a negative balance) keeps the ledger, and the person, until it is
-- refunded. Read from the one balance definition (agreement_balance).
CREATE OR REPLACE VIEW retention_candidate AS
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
  -- nothing owed either way: no arrears, no credit still to be paid back
  AND NOT EXISTS (SELECT 1 FROM agreement_balance b JOIN agreement a ON a.id = b.agreement_id
                  WHERE a.person_id = p.id AND b.balance_ore <> 0)
  -- no appeal open or appeal deadline running
  AND NOT EXISTS (SELECT 1 FROM sanction s WHERE s.person_id = p.id
                  AND ((s.appealed_on IS NOT NULL AND s.appeal_outcome IS NULL)
                       OR s.appeal_deadline >= (now() AT TIME ZONE 'Europe/Oslo')::date));
