-- Issue 16: reads that stay fast at national scale (2 000 facilities, 200 000 applications, 300 000 persons).

-- 1. An application's status is kept on the application itself, updated in the same transaction as whatever
-- changes it (the application, its allocations, its service decision), instead of being worked out for every
-- application on each read: the waiting list and ESIKT's access (R-ACC-3, the QUEUE grant) filter on it through
-- an index. The rule is the one intake_state has had since V3 (V16), now in one function.
CREATE FUNCTION intake_status_of(i intake) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE
               WHEN i.moved_in_on IS NOT NULL THEN 'MOVED_IN'
               WHEN i.withdrawn_at IS NOT NULL THEN 'WITHDRAWN'
               WHEN i.rejected_at IS NOT NULL THEN 'REJECTED'
               WHEN i.applicant_answer = 'DECLINED' THEN 'DECLINED'
               WHEN EXISTS (SELECT 1 FROM service_decision d WHERE d.intake_id = i.id AND d.set_aside_at IS NULL)
                   THEN 'DECIDED'
               WHEN i.orientation_held_on IS NOT NULL THEN 'ORIENTED'
               WHEN EXISTS (SELECT 1 FROM allocation a WHERE a.intake_id = i.id AND a.released_at IS NULL)
                   THEN CASE WHEN i.informed_on IS NOT NULL THEN 'INFORMED' ELSE 'ALLOCATED' END
               WHEN i.priority IS NOT NULL THEN 'WAITING'
               ELSE 'SUBMITTED'
           END
$$;

ALTER TABLE intake ADD COLUMN status text NOT NULL DEFAULT 'SUBMITTED'
    CONSTRAINT intake_status_known CHECK (status IN ('SUBMITTED', 'WAITING', 'ALLOCATED', 'INFORMED', 'ORIENTED',
                                                     'DECIDED', 'MOVED_IN', 'WITHDRAWN', 'REJECTED', 'DECLINED'));

CREATE FUNCTION intake_keep_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.status := intake_status_of(NEW);
    RETURN NEW;
END $$;

CREATE TRIGGER intake_status BEFORE INSERT OR UPDATE ON intake FOR EACH ROW EXECUTE FUNCTION intake_keep_status();

-- An allocation or a service decision that is made, released or set aside changes its application's status. The
-- status is recomputed only after taking the application's row lock, so two transactions that change different
-- inputs of one application at once (one releases the allocation, the other sets the decision aside) cannot both
-- compute from a snapshot without the other's change: the second waits, and its UPDATE (a new statement, a new
-- snapshot) sees the first.
CREATE FUNCTION intake_status_follows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids uuid[] := ARRAY[CASE WHEN TG_OP <> 'DELETE' THEN NEW.intake_id END,
                        CASE WHEN TG_OP <> 'INSERT' THEN OLD.intake_id END];
BEGIN
    PERFORM 1 FROM intake i WHERE i.id = ANY (ids) ORDER BY i.id FOR NO KEY UPDATE;
    UPDATE intake i SET status = intake_status_of(i)
    WHERE i.id = ANY (ids) AND i.status IS DISTINCT FROM intake_status_of(i);
    RETURN NULL;
END $$;

CREATE TRIGGER intake_status_of_allocation AFTER INSERT OR UPDATE OR DELETE ON allocation
    FOR EACH ROW EXECUTE FUNCTION intake_status_follows();
CREATE TRIGGER intake_status_of_decision AFTER INSERT OR UPDATE OR DELETE ON service_decision
    FOR EACH ROW EXECUTE FUNCTION intake_status_follows();

UPDATE intake SET status = status;

CREATE INDEX intake_by_status ON intake (status, received_on DESC, created_at DESC);

CREATE OR REPLACE VIEW intake_state AS
SELECT i.id AS intake_id,
       a.id AS allocation_id,
       u.facility_id AS allocated_facility_id,
       i.status
FROM intake i
LEFT JOIN allocation a ON a.intake_id = i.id AND a.released_at IS NULL
LEFT JOIN unit u ON u.id = a.unit_id;

-- 2. Name search (part of the name, R-ACC-3 applied after): a trigram index on the very expression the search uses.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX person_name_trigram ON person USING gin (lower(given_name || ' ' || family_name) gin_trgm_ops);

-- 3. Indexes for the lookups by a foreign key that the reads make row by row (each was a full scan per row).
CREATE INDEX agreement_evaluation_agreement ON agreement_evaluation (agreement_id);
CREATE INDEX agreement_intake ON agreement (intake_id) WHERE intake_id IS NOT NULL;
CREATE INDEX allocation_live_unit ON allocation (unit_id) WHERE released_at IS NULL;
CREATE INDEX payment_import ON payment (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX sanction_person ON sanction (person_id);
CREATE INDEX sanction_incident_incident ON sanction_incident (incident_id);
CREATE INDEX advance_notice_person ON advance_notice (person_id);
CREATE INDEX advance_notice_incident_incident ON advance_notice_incident (incident_id);
CREATE INDEX housing_benefit_agreement ON housing_benefit (agreement_id);
-- the entries into a unit (forgetting a resident clears what was noted of the entries into their unit during
-- their stay, R-ACC-5)
CREATE INDEX entry_log_unit ON entry_log (unit_id, entered_at);
