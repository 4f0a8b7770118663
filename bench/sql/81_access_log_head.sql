-- Step 8c: the head of the access log's chain (what access_log_move_head would have left: the last row's seq and hash)
-- and a checkpoint for every night's verification up to now (AccessLogVerifier.nightly at 03:15: the chain was intact
-- through the last row before it), as bench/AccessLogChain.java found them while it chained the rows. GET
-- /api/audit/verification then walks from the newest checkpoint; with full=true from the first row, and every row
-- links to the one before it. The checkpoints come on standard input; psql variables head_seq and head_hash (hex).
\set ON_ERROR_STOP 1

\copy access_log_checkpoint (seq, hash, verified_at) FROM pstdin
UPDATE access_log_head SET seq = :head_seq, hash = decode(:'head_hash', 'hex');
