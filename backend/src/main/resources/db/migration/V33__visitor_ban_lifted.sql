-- Issue 18: a visitor ban can be lifted before its end (or, for a ban without an end, ended) with a reason: who lifted
-- it and when are kept beside the reason, and the ban ends on the day it is lifted. A lifted ban is no longer in
-- force from the next day; its dates stay for the control report.
ALTER TABLE visitor_ban
    ADD COLUMN lifted_at   timestamptz,
    ADD COLUMN lifted_by   text,
    ADD COLUMN lift_reason text;
ALTER TABLE visitor_ban ADD CONSTRAINT visitor_ban_lifted_with_reason
    CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL)
           AND (lifted_at IS NULL OR to_date IS NOT NULL));
