-- Issue 15: an access log nobody can alter (R-ACC-2).
--
-- Two database roles: the owner (who runs Flyway and owns every object) and the runtime role the application
-- connects with (placeholder runtime_role, from quarkus.datasource.username). The runtime role reads and writes
-- the business tables, but may only INSERT and SELECT on access_log; a trigger refuses UPDATE, DELETE and
-- TRUNCATE for everyone as well. Each row carries a SHA-256 hash over its content and the previous row's hash
-- (a chain in the order of seq); GET /api/audit/verification walks it.

-- Who the caller was, as the token named them: for a person's innsyn ("who has seen my data")
ALTER TABLE access_log
    ADD COLUMN actor_name  text,
    ADD COLUMN actor_units text[] NOT NULL DEFAULT '{}',
    ADD COLUMN seq         bigint,
    ADD COLUMN hash        bytea;

-- The one definition of a row's link in the chain: the previous link's hash followed by the row's content,
-- each value quoted (NULL as NULL) so that no two different rows give the same text. The instant is hashed as
-- microseconds since the epoch, which does not depend on the session's time zone.
CREATE FUNCTION access_log_link(prev bytea, r access_log) RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT sha256(prev || convert_to(concat_ws(',',
        r.seq::text,
        (extract(epoch FROM r.at) * 1000000)::bigint::text,
        quote_nullable(r.subject), quote_nullable(r.username), quote_nullable(r.actor_name),
        quote_nullable(r.roles::text), quote_nullable(r.actor_units::text), quote_nullable(r.client_id),
        quote_nullable(r.http_method), quote_nullable(r.path), quote_nullable(r.operation),
        quote_nullable(r.resource_type), quote_nullable(r.resource_id), quote_nullable(r.person_id::text),
        r.outcome::text, quote_nullable(r.correlation_id)), 'UTF8'))
$$;

-- The chain's head: the last seq and hash as of the last committed insert. Verification compares it with the
-- newest row, which finds deleted newest rows.
CREATE TABLE access_log_head (
    one  boolean PRIMARY KEY DEFAULT true CHECK (one),
    seq  bigint NOT NULL,
    hash bytea  NOT NULL
);

-- Rows written before this migration join the chain in id order.
DO $$
DECLARE
    prev bytea := '\x'::bytea;
    n    bigint := 0;
    r    access_log;
BEGIN
    FOR r IN SELECT * FROM access_log ORDER BY id LOOP
        n := n + 1;
        r.seq := n;
        prev := access_log_link(prev, r);
        UPDATE access_log SET seq = n, hash = prev WHERE id = r.id;
    END LOOP;
    INSERT INTO access_log_head (seq, hash) VALUES (n, prev);
END
$$;

ALTER TABLE access_log
    ALTER COLUMN seq SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL,
    ADD CONSTRAINT access_log_seq_unique UNIQUE (seq);

-- Each new row links to the newest row before it. Writers take one transaction-level advisory lock, so
-- concurrent writers append one after the other: seq has no gaps and each row links to the one before it.
-- A row-level BEFORE trigger sees the rows its own statement inserted before this one, so a batch chains
-- within itself; the head moves once per statement.
CREATE FUNCTION access_log_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    last_seq  bigint;
    last_hash bytea;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('bta.access_log'));
    SELECT seq, hash INTO last_seq, last_hash FROM access_log ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last_seq, 0) + 1;
    NEW.hash := access_log_link(coalesce(last_hash, '\x'::bytea), NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION access_log_chain();

CREATE FUNCTION access_log_move_head() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
    UPDATE access_log_head h SET seq = l.seq, hash = l.hash
    FROM (SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1) l;
    RETURN NULL;
END
$$;

CREATE TRIGGER access_log_move_head AFTER INSERT ON access_log FOR EACH STATEMENT EXECUTE FUNCTION access_log_move_head();

CREATE FUNCTION access_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();

-- What verification has confirmed: the chain is intact through seq, whose hash was this. The next run starts
-- after the newest checkpoint (and first checks that the checkpoint's row still has that hash).
CREATE TABLE access_log_checkpoint (
    seq         bigint PRIMARY KEY,
    hash        bytea       NOT NULL,
    verified_at timestamptz NOT NULL DEFAULT now()
);

-- The runtime role: business tables read and write, the log and its checkpoints append-only, the head read-only.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${runtime_role}') THEN
        RAISE EXCEPTION 'The runtime role ${runtime_role} does not exist: create it (bin/lib/common.sh, deploy/db-roles.sh) before migrating';
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO "${runtime_role}";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${runtime_role}";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "${runtime_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${runtime_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "${runtime_role}";
DO $$
BEGIN
    -- When one role is both owner and runtime (not recommended), the triggers alone keep the log append-only.
    IF '${runtime_role}' <> current_user THEN
        REVOKE ALL ON access_log, access_log_head, access_log_checkpoint FROM "${runtime_role}";
        GRANT SELECT, INSERT ON access_log TO "${runtime_role}";
        GRANT SELECT ON access_log_head TO "${runtime_role}";
        GRANT SELECT, INSERT ON access_log_checkpoint TO "${runtime_role}";
    END IF;
END
$$;
REVOKE ALL ON access_log, access_log_head, access_log_checkpoint FROM PUBLIC;
