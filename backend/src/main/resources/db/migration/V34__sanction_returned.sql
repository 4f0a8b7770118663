-- Issue 18: a fagleder who does not approve a proposed exclusion or termination sends it back to the proposer with
-- the reason, under the same four eyes as an approval. A returned proposal is closed: it is never approved, does not
-- count on the ladder or in the statistics, and stays in the control report as returned.
ALTER TABLE sanction
    ADD COLUMN returned_at   timestamptz,
    ADD COLUMN returned_by   text,
    ADD COLUMN return_reason text;
ALTER TABLE sanction ADD CONSTRAINT sanction_returned_with_reason
    CHECK ((returned_at IS NULL) = (returned_by IS NULL) AND (returned_at IS NULL) = (return_reason IS NULL));
ALTER TABLE sanction ADD CONSTRAINT sanction_returned_or_approved CHECK (returned_at IS NULL OR approved_at IS NULL);
ALTER TABLE sanction ADD CONSTRAINT sanction_returned_by_another CHECK (returned_by IS NULL OR returned_by <> proposed_by);
