-- Issue 16: the statistics' walk from a first agreement to its successors (StatisticsQueries.stays, V27) reads the
-- successors from the index alone. For one facility PostgreSQL merges the facility's first agreements with every
-- successor in the database (about 1 100 at national scale): through V27's index on predecessor_id that fetched each
-- successor's row for its id (1 064 pages a call); with the id in the index it reads some ten index pages. At national
-- scale, pgbench at 8 clients running one facility's statistics: PostgreSQL's CPU 3.07-3.15 -> 2.66-2.80 ms a
-- request, 0.89 -> 0.60 ms for the stays' statement alone (bench/README.md).
CREATE INDEX agreement_successor_with_id ON agreement (predecessor_id) INCLUDE (id) WHERE predecessor_id IS NOT NULL;
DROP INDEX agreement_successor;
ALTER INDEX agreement_successor_with_id RENAME TO agreement_successor;
