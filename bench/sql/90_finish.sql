-- Step 9: the schema as the migrations left it. Every key, exclusion constraint, index and foreign key saved by
-- 00_setup.sql is created again from its saved definition (so each is checked against the generated rows now),
-- triggers are enabled, autovacuum resumes, the sequences continue after the generated ids, and the gen schema goes.
-- Run with -v part=keys|indexes|fks|rest: bench/generate runs keys and indexes in two sessions side by
-- side (each takes the next table or index from a queue, the largest first; gen.rebuild in 00_setup.sql).
\set ON_ERROR_STOP 1
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 0;

SELECT :'part' = 'keys' AS is_keys, :'part' = 'indexes' AS is_indexes, :'part' = 'fks' AS is_fks,
       :'part' = 'rest' AS is_rest \gset

\if :is_keys
CALL gen.rebuild(1);
\endif

\if :is_indexes
CALL gen.rebuild(2);
\endif

\if :is_fks
CALL gen.rebuild(3);
\endif

\if :is_rest
-- what intake_status (and its followers on allocation and service_decision) would have kept: each application's status
UPDATE intake i SET status = intake_status_of(i) WHERE i.status IS DISTINCT FROM intake_status_of(i);
-- what the ledger triggers would have kept: each agreement's sums of charges, payments and refunds (V43)
SELECT agreement_ledger_rebuild();
-- what the reservation triggers would have kept: each unit's latest live reservation end (V50) and
-- the days its live occupancies cover (V54)
SELECT unit_reserved_until_rebuild();
CALL gen.load_mode(false);

-- the sequences continue after the generated rows; the generated KIDs are 100000 + agreement number x 200 + month
-- number (60_ledger.sql)
DO $$
BEGIN
    PERFORM setval('access_log_id_seq', coalesce((SELECT max(id) FROM access_log), 1), (SELECT count(*) > 0 FROM access_log));
    PERFORM setval('change_event_id_seq', coalesce((SELECT max(id) FROM change_event), 1), (SELECT count(*) > 0 FROM change_event));
    PERFORM setval('intake_event_id_seq', coalesce((SELECT max(id) FROM intake_event), 1), (SELECT count(*) > 0 FROM intake_event));
    PERFORM setval('agreement_event_id_seq', coalesce((SELECT max(id) FROM agreement_event), 1),
                   (SELECT count(*) > 0 FROM agreement_event));
    PERFORM setval('kid_seq', 100000 + (coalesce((SELECT max(ano) FROM gen.a), 0) + 1) * 200, false);
END $$;

-- the slowest, for bench/generate's report
SELECT string_agg(format('%s %s s', name, secs), ', ' ORDER BY secs DESC) AS slowest_rebuilds
FROM (SELECT name, secs FROM gen.saved_ddl WHERE secs IS NOT NULL ORDER BY secs DESC LIMIT 8) x \gset
\echo slowest key, index and foreign key rebuilds: :slowest_rebuilds
DROP SCHEMA gen CASCADE;
\endif
