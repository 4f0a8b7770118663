-- Issue 16, V47: a job started by this version commits its batches out of order and is resumed by the ranges they
-- recorded. An instance of an older version (still running during a rolling update) would resume such a job by its
-- `done` count or `resume_after`, which no longer mark a committed prefix: an import could skip lines nobody stored.
-- So a job claimed by this version carries its claim twice (ranges_claim); a new claim must repeat it, which only
-- this version's claim does. An older instance's attempt to claim such a job fails and leaves it to a newer one.
ALTER TABLE charge_run ADD COLUMN ranges_claim uuid;
ALTER TABLE bank_import ADD COLUMN ranges_claim uuid;

CREATE FUNCTION job_claimed_by_ranges() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.ranges_claim IS NOT NULL AND NEW.claim IS DISTINCT FROM OLD.claim
       AND NEW.ranges_claim IS DISTINCT FROM NEW.claim THEN
        RAISE EXCEPTION 'job % resumes by the ranges its batches recorded (V47): only an instance of that version or later may claim it',
            OLD.id USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER charge_run_claimed_by_ranges BEFORE UPDATE OF claim ON charge_run
    FOR EACH ROW EXECUTE FUNCTION job_claimed_by_ranges();
CREATE TRIGGER bank_import_claimed_by_ranges BEFORE UPDATE OF claim ON bank_import
    FOR EACH ROW EXECUTE FUNCTION job_claimed_by_ranges();
