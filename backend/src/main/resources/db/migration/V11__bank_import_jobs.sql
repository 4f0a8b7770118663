-- R-PAY-3: a large bank file is imported as a job in batches, with progress like the charge run.
ALTER TABLE bank_import DROP CONSTRAINT bank_import_state_check;
UPDATE bank_import SET state = 'FAILED' WHERE state = 'REJECTED';
ALTER TABLE bank_import ADD CONSTRAINT bank_import_state_check CHECK (state IN ('RUNNING', 'DONE', 'FAILED'));
ALTER TABLE bank_import
    ADD COLUMN done        integer NOT NULL DEFAULT 0 CHECK (done >= 0),
    ADD COLUMN finished_at timestamptz,
    ADD COLUMN error       text;
UPDATE bank_import SET done = total, finished_at = created_at WHERE state = 'DONE';
ALTER TABLE bank_import ADD CONSTRAINT bank_import_done_within_total CHECK (done <= total);
ALTER TABLE bank_import ADD CONSTRAINT bank_import_finished CHECK ((state = 'RUNNING') = (finished_at IS NULL));

-- A job whose process died stops moving; StalledJobs marks it FAILED instead of leaving it RUNNING for ever.
ALTER TABLE bank_import ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE charge_run ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
