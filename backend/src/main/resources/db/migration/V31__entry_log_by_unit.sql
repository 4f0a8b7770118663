-- Issue 16: the entries into a unit are found by the unit (forgetting a resident clears what was noted of the
-- entries into their unit during their stay, R-ACC-5); without it each person's retention read every entry.
CREATE INDEX entry_log_unit ON entry_log (unit_id, entered_at);
