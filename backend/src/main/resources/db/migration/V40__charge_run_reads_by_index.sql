-- Issue 16: the monthly charge run finds its agreements through indexes instead of reading every agreement and
-- every charge (measured at national scale: 1.5 s of each run's 3 s went to finding them).
--
-- The agreements charged for a month are those moved in whose charged days have not ended before it
-- (ChargeQueries.eligible: the end, coalesce(moved_out_on, ended_on), is null or on or after the month's first day).
CREATE INDEX agreement_charged_to ON agreement ((coalesce(moved_out_on, ended_on))) WHERE moved_in_on IS NOT NULL;

-- The first month a run may be for starts at the first move-in (min(moved_in_on) read from the index's end).
CREATE INDEX agreement_moved_in ON agreement (moved_in_on) WHERE moved_in_on IS NOT NULL;

-- A run also revisits every agreement that already has lines for its month (its basis may have changed since).
CREATE INDEX charge_period ON charge (period, agreement_id);
