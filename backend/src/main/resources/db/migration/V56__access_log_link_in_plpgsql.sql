-- Issue 16: the access log's chain costs less per row, same links.
--
-- access_log_link (V21) stays the one definition of a row's link, with the same text and so the same hashes. It was a
-- SQL function over the whole row, which PostgreSQL does not inline there: every call, from the chain trigger for each
-- new row and from verification for each row it walks, set up a small executor of its own. As PL/pgSQL the expression
-- is prepared once per session. Measured at national scale (bench/README.md, "The access log's chain"): the INSERT of
-- one answer's 50 rows 1.40 -> 1.13 ms, its whole transaction alone 1.82 -> 1.35 ms; verifying 200 000 rows 1.76 ->
-- 1.00 s.
--
-- Neither function sets a search_path (the trigger did until now, and a setting is saved and restored on every call,
-- here once per row), so every type is named with its schema: a session's temporary schema is searched first for types (never for functions
-- or operators), and a writer must not be able to change what a link hashes by creating a temporary type.
CREATE OR REPLACE FUNCTION access_log_link(prev bytea, r access_log) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
BEGIN
    RETURN sha256(prev || convert_to(concat_ws(',',
        r.seq::pg_catalog.text,
        (extract(epoch FROM r.at) * 1000000)::pg_catalog.int8::pg_catalog.text,
        quote_nullable(r.subject), quote_nullable(r.username), quote_nullable(r.actor_name),
        quote_nullable(r.roles::pg_catalog.text), quote_nullable(r.actor_units::pg_catalog.text), quote_nullable(r.client_id),
        quote_nullable(r.http_method), quote_nullable(r.path), quote_nullable(r.operation),
        quote_nullable(r.resource_type), quote_nullable(r.resource_id), quote_nullable(r.person_id::pg_catalog.text),
        r.outcome::pg_catalog.text, quote_nullable(r.correlation_id)), 'UTF8'));
END
$$;

-- The chain trigger runs as the writer (who may read the log: the runtime role and the owner), not as the owner with
-- its own search_path: a function with SET or SECURITY DEFINER saves and restores the settings on each call, here once
-- per row. Every table, function and type it names is qualified, so the caller's search_path and temporary objects
-- cannot change what it reads or calls. (access_log_move_head, once per statement, keeps its SECURITY DEFINER: it moves
-- the head, which the runtime role may only read.)
CREATE OR REPLACE FUNCTION access_log_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY INVOKER AS
$$
DECLARE
    last_seq  pg_catalog.int8;
    last_hash pg_catalog.bytea;
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('bta.access_log'));
    SELECT l.seq, l.hash INTO last_seq, last_hash FROM public.access_log l ORDER BY l.seq DESC LIMIT 1;
    NEW.seq := coalesce(last_seq, 0) + 1;
    NEW.hash := public.access_log_link(coalesce(last_hash, '\x'::pg_catalog.bytea), NEW);
    RETURN NEW;
END
$$;
