-- Step 8c: the head of the access log's chain (what access_log_move_head would have left: the last row's seq and hash)
-- and a checkpoint for every night's verification (AccessLogVerifier.nightly at 03:15: the chain was intact through
-- the last row before it). GET /api/audit/verification then walks from the newest checkpoint; with full=true from
-- the first row, and every generated row links to the one before it. Runs once the keys exist (90_finish part keys).
\set ON_ERROR_STOP 1

UPDATE access_log_head h SET seq = l.seq, hash = l.hash
FROM (SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1) l;

INSERT INTO access_log_checkpoint (seq, hash, verified_at)
SELECT c.seq, l.hash, gen.at(c.night, '03:15') + interval '12 seconds'
FROM (SELECT ((al.at AT TIME ZONE 'Europe/Oslo') - interval '3 hours 15 minutes')::date + 1 AS night, max(al.seq) AS seq
      FROM gen.al al GROUP BY 1) c
JOIN access_log l ON l.seq = c.seq
WHERE gen.at(c.night, '03:15') < now();
