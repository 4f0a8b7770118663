-- Issue 16: the statistics (R-STA-1) of some facilities read those facilities' rows only.
-- The waiting list of a facility (the applications on the list at the end of the period that wish it) is found
-- through the wishes, and each application's allocations through its id, instead of reading every application and
-- every allocation (allocation_one_live_per_intake covers only the live ones).
CREATE INDEX intake_facility_wishes ON intake USING gin (facility_wishes);
CREATE INDEX allocation_intake ON allocation (intake_id);
