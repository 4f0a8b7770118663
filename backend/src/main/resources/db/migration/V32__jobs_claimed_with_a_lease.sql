-- Issue 17: a background job (the charge run, a large bank import) is claimed from the database and survives the
-- death of the instance that runs it. The running instance holds a lease on the job's row and renews it with each
-- batch; every write of the job names its claim, so an instance that lost the lease cannot write again. A RUNNING
-- job whose lease has run out is claimed by another instance (a new claim, one more attempt) and resumed from its
-- last batch: a charge run after the last agreement it handled, an import after the last line it handled, from the
-- file kept on the row while the import runs.
ALTER TABLE charge_run
    ADD COLUMN claim        uuid,
    ADD COLUMN claimed_by   text,
    ADD COLUMN lease_until  timestamptz,
    ADD COLUMN attempts     integer NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    ADD COLUMN resume_after uuid;

ALTER TABLE bank_import
    ADD COLUMN claim       uuid,
    ADD COLUMN claimed_by  text,
    ADD COLUMN lease_until timestamptz,
    ADD COLUMN attempts    integer NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    ADD COLUMN content     text;

-- The bank file is kept only while its import runs (it names payers' KIDs and amounts); a finished import drops it.
ALTER TABLE bank_import ADD CONSTRAINT bank_import_file_while_running CHECK (state = 'RUNNING' OR content IS NULL);

-- Jobs that were RUNNING before this version have no lease: they count as expired (a charge run resumes from its
-- start, an import without its file is failed with what to do).
CREATE INDEX charge_run_running_lease ON charge_run (lease_until) WHERE state = 'RUNNING';
CREATE INDEX bank_import_running_lease ON bank_import (lease_until) WHERE state = 'RUNNING';
