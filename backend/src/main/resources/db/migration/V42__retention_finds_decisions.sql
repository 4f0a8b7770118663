-- Issue 16: retention clears the scope of every service decision of the persons it forgets, found by their
-- application. Only the decision in force was indexed by intake (service_decision_one_in_force_per_intake), so each
-- batch read all 161 000 decisions at national scale (11 of the run's 143 s).
CREATE INDEX service_decision_intake ON service_decision (intake_id);
