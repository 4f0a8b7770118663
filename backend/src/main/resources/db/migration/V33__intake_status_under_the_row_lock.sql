-- Issue 16 (review of V29): an allocation or service decision recomputes its application's status only after
-- taking the application's row lock, so two transactions that change different inputs of one application at the
-- same time (one releases the allocation, the other sets the decision aside) cannot both compute from a snapshot
-- without the other's change: the second waits, and its UPDATE (a new statement, a new snapshot) sees the first.
CREATE OR REPLACE FUNCTION intake_status_follows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids uuid[] := ARRAY[CASE WHEN TG_OP <> 'DELETE' THEN NEW.intake_id END,
                        CASE WHEN TG_OP <> 'INSERT' THEN OLD.intake_id END];
BEGIN
    PERFORM 1 FROM intake i WHERE i.id = ANY (ids) ORDER BY i.id FOR NO KEY UPDATE;
    UPDATE intake i SET status = intake_status_of(i)
    WHERE i.id = ANY (ids) AND i.status IS DISTINCT FROM intake_status_of(i);
    RETURN NULL;
END $$;
