-- Issue 16: the statistics (R-STA-1) follow each agreement chain from an agreement to its successor (R-FAC-3: a
-- conversion replaces the open agreements, agreement.predecessor_id links them). Without an index every step of
-- that walk read the whole agreement table; only the few successors are indexed.
CREATE INDEX agreement_successor ON agreement (predecessor_id) WHERE predecessor_id IS NOT NULL;
