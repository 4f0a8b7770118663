-- Issue 16: a job's batches (the charge run, a large bank import) are written by two connections side by side, so
-- they may commit out of order and "the last batch" no longer marks where a resumed job goes on. Each batch records
-- what it covered in its own transaction, here; a job resumed by another instance skips every item inside a range
-- recorded for it. A charge run covers a range of agreement ids (its batches follow the ids), an import a range of
-- the file's line numbers (its batches follow the lines).
--
-- Rows of jobs that ran before this version have no ranges: a charge run then goes on after its resume_after, an
-- import after its first `done` lines, as before (resume_after is no longer written).
CREATE TABLE charge_run_batch (
    run_id          uuid NOT NULL REFERENCES charge_run (id) ON DELETE CASCADE,
    first_agreement uuid NOT NULL,
    last_agreement  uuid NOT NULL,
    PRIMARY KEY (run_id, first_agreement),
    CHECK (first_agreement <= last_agreement)
);

CREATE TABLE bank_import_batch (
    import_id  uuid NOT NULL REFERENCES bank_import (id) ON DELETE CASCADE,
    first_line integer NOT NULL CHECK (first_line >= 1),
    last_line  integer NOT NULL,
    PRIMARY KEY (import_id, first_line),
    CHECK (first_line <= last_line)
);

COMMENT ON TABLE charge_run_batch IS 'The agreements (first to last id) one committed batch of a charge run handled; a resumed run skips them';
COMMENT ON TABLE bank_import_batch IS 'The file lines (first to last) one committed batch of a bank import handled; a resumed import skips them';
