-- Step 0: the generator's own schema (gen: parameters, helpers, staging tables; dropped at the end), and the bulk
-- load set-up: every index, unique/primary/exclusion constraint and foreign key of the application's tables is
-- saved and dropped, user triggers are disabled and autovacuum is paused. 90_finish.sql puts every one of them back
-- from the saved definitions (as pg_restore does: data first, then indexes, then foreign keys), so each constraint is
-- checked against the generated rows when it is created again; a row that breaks one fails the run.
--
-- Triggers: the generator knows every user trigger of the schema (the list below) and writes, set-based, what each
-- would have written; a trigger it does not know stops the run here, so a new one is never skipped silently.
\set ON_ERROR_STOP 1

DROP SCHEMA IF EXISTS gen CASCADE;
CREATE SCHEMA gen;

-- ------------------------------------------------------------------ parameters
-- today in Europe/Oslo; ten years of history from the first day of the month ten years back
CREATE TABLE gen.p AS
SELECT :scale::numeric AS scale,
       (now() AT TIME ZONE 'Europe/Oslo')::date AS today,
       (date_trunc('month', (now() AT TIME ZONE 'Europe/Oslo')::date) - interval '10 years')::date AS t0,
       extract(year FROM (now() AT TIME ZONE 'Europe/Oslo')::date)::int AS year_now,
       date_trunc('month', (now() AT TIME ZONE 'Europe/Oslo')::date)::date AS month_now,
       -- target counts at this scale (the demo facilities and their units from V2 are part of the totals)
       greatest(round(2000 * :scale)::int, 12) AS n_facilities,
       greatest(round(55000 * :scale)::int, 120) AS n_units,
       round(200000 * :scale)::int AS n_intakes,
       round(300000 * :scale)::int AS n_persons,
       round(320000 * :scale)::int AS n_incidents,
       round(10000000 * :scale)::bigint AS n_access_log;

-- ------------------------------------------------------------------ deterministic pseudo-random numbers
-- r(k, salt): a number in [0, 1) from a key and a salt, the same in every run (hashint8extended is PostgreSQL's own
-- 64-bit hash); so the data set is the same for the same scale and day.
CREATE FUNCTION gen.r(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8extended(k, salt) & 9007199254740991)::float8 / 9007199254740992.0 $$;

-- an integer in [lo, hi]
CREATE FUNCTION gen.ri(k bigint, salt int, lo int, hi int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT lo + floor(((hashint8extended(k, salt) & 9007199254740991)::float8 / 9007199254740992.0) * (hi - lo + 1))::int $$;

-- one element of a text array
CREATE FUNCTION gen.pick(a text[], k bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT a[1 + floor(((hashint8extended(k, salt) & 9007199254740991)::float8 / 9007199254740992.0) * cardinality(a))::int] $$;

-- a stable uuid from a name space and a number (md5, like the demo data's ids)
CREATE FUNCTION gen.id(ns text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT md5('bench/' || ns || '/' || n::text)::uuid $$;

-- the same for the millions of ledger rows, three times cheaper than md5: two 64-bit hashes of the number
CREATE FUNCTION gen.fid(n bigint, salt int) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT encode(int8send(hashint8extended(n, salt)) || int8send(hashint8extended(n, salt + 1)), 'hex')::uuid $$;

-- a wall-clock time in Oslo on a calendar day
CREATE FUNCTION gen.at(d date, t interval) RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT (d + t) AT TIME ZONE 'Europe/Oslo' $$;

-- (STABLE like to_char, so that PostgreSQL inlines it: a helper that is not inlined costs a function call a row)
CREATE FUNCTION gen.nb(d date) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT to_char(d, 'DD.MM.YYYY') $$;

-- 500000 -> '5 000,00' (as AgreementService.kroner)
CREATE FUNCTION gen.kr(ore bigint) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT replace(to_char(ore / 100, 'FM999,999,990'), ',', ' ') || ',' || lpad((ore % 100)::text, 2, '0') $$;

-- KID with a MOD10 (Luhn) check digit over a 9-digit base, the same value as kid_mod10(lpad(n::text, 9, '0'))
-- (V7, V45) computed with integer arithmetic, inlined: a function call per KID is too slow for millions of rows.
CREATE FUNCTION gen.kid(n bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT lpad(n::text, 9, '0') || ((10 - ((
         (n / 100000000 % 10) * 2 / 10 + (n / 100000000 % 10) * 2 % 10 + (n / 10000000 % 10)
       + (n / 1000000 % 10) * 2 / 10 + (n / 1000000 % 10) * 2 % 10 + (n / 100000 % 10)
       + (n / 10000 % 10) * 2 / 10 + (n / 10000 % 10) * 2 % 10 + (n / 1000 % 10)
       + (n / 100 % 10) * 2 / 10 + (n / 100 % 10) * 2 % 10 + (n / 10 % 10)
       + (n % 10) * 2 / 10 + (n % 10) * 2 % 10) % 10)) % 10)::text
$$;

-- R-PAY-1: what a month of mlen days costs for `days` days at `fee` (ChargeCalculator: fee x days / days in the month,
-- rounded half up)
CREATE FUNCTION gen.prorata(fee bigint, days int, mlen int) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (2 * fee * days + mlen) / (2 * mlen) $$;

-- the facility's fee in a year: today's fee, 3 % less for every year back in time and 3 % more for the next, in whole
-- kroner
CREATE FUNCTION gen.fee_in(fee_now bigint, year_now int, y int) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN y = year_now THEN fee_now ELSE (round(fee_now * power(1.03::float8, (y - year_now)::float8) / 100) * 100)::bigint END $$;

-- names (invented combinations; common Norwegian first and family names)
CREATE TABLE gen.names (kind text PRIMARY KEY, v text[]);
INSERT INTO gen.names VALUES
 ('male', '{Jonas,Mathias,Tobias,Elias,Kristian,Håkon,Sebastian,Adrian,Ørjan,Geir Olav,Magnus,Henrik,Sander,Martin,Andreas,Daniel,Marius,Jørgen,Thomas,Kjetil,Stian,Eirik,Fredrik,Vegard,Espen,Lars,Ole,Per,Knut,Arne,Rune,Tor,Bjørn,Svein,Trond,Terje,Roar,Frode,Atle,Jan Erik,Morten,Petter,Simen,Kasper,Emil,Aksel,Oskar,Isak,Sindre,Even,Joakim,Vidar,Tommy,Ronny,Kenneth,Glenn,Robin,Alexander,Mohammed,Ali}'),
 ('female', '{Ida,Emma,Nora,Sofie,Anne Kristin,Tone,Line,Randi,Vilde,Hege,Julie,Ingrid,Kari,Marit,Silje,Hanne,Camilla,Linn,Mari,Maria,Thea,Sara,Ingeborg,Malin,Marte,Karoline,Kristine,Stine,Tonje,Monica,Anita,Heidi,Trine,Lene,Bente,Gro,Wenche,Elin,Siri,Guro,Tuva,Amalie,Frida,Hedda,Aurora,Oda,Astrid,Ragnhild,Solveig,Liv,Grete,Eva,Nina,Cecilie,Therese,Veronica,Janne,Merete,Fatima,Amina}'),
 ('family', '{Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Jensen,Karlsen,Johnsen,Pettersen,Eriksen,Berg,Haugen,Hagen,Johannessen,Andreassen,Jacobsen,Dahl,Jørgensen,Halvorsen,Henriksen,Lund,Sørensen,Jakobsen,Moen,Gundersen,Iversen,Strand,Solberg,Svendsen,Eide,Knutsen,Martinsen,Paulsen,Bakken,Kristoffersen,Mathisen,Lie,Amundsen,Nguyen,Rasmussen,Ali,Lunde,Solheim,Berge,Moe,Nygård,Bakke,Kristensen,Fredriksen,Holm,Lien,Hauge,Christensen,Andresen,Nielsen,Knudsen,Evensen,Sæther,Aas,Myhre,Hanssen,Ahmed,Haugland,Thomassen,Sivertsen,Simonsen,Danielsen,Berntsen,Sandvik,Rønning,Arnesen,Antonsen,Næss,Vik,Haug,Ellingsen,Thorsen,Edvardsen,Birkeland,Isaksen,Gulbrandsen,Ruud,Aasen,Strøm,Myklebust,Tangen,Ødegård,Eliassen,Helland,Bøe,Jenssen,Aune,Mikkelsen,Tveit,Brekke,Abrahamsen,Madsen}'),
 ('municipality', '{Oslo,Bergen,Trondheim,Stavanger,Bærum,Kristiansand,Drammen,Asker,Lillestrøm,Fredrikstad,Sandnes,Tromsø,Sarpsborg,Skien,Ålesund,Bodø,Larvik,Tønsberg,Sandefjord,Arendal,Porsgrunn,Haugesund,Ullensaker,Nordre Follo,Lørenskog,Halden,Moss,Hamar,Gjøvik,Lillehammer,Molde,Kristiansund,Harstad,Alta,Narvik,Steinkjer,Levanger,Elverum,Kongsberg,Horten}'),
 ('street', '{Storgata,Kirkegata,Skolegata,Parkveien,Industriveien,Jernbanegata,Strandveien,Sjøgata,Torggata,Kongens gate,Dronningens gate,Nygata,Fjordgata,Elvegata,Bakkegata,Solveien,Furuveien,Bjørkeveien,Granveien,Lyngveien,Nordre gate,Søndre gate,Havnegata,Prestegata,Brugata}'),
 ('operator', '{Enhet for rustjenester,Rus- og psykiatritjenesten,Kirkens Bymisjon,Frelsesarmeen,Blå Kors,EPHOR,Boligkontoret,Tjenester for rus og psykisk helse,Enhet for bolig og oppfølging,Stiftelsen Kirkens Sosialtjeneste}'),
 ('destination', '{MUNICIPAL_RENTAL,MUNICIPAL_RENTAL,MUNICIPAL_RENTAL,PRIVATE_RENTAL,PRIVATE_RENTAL,OWN_HOME,TREATMENT,TREATMENT,OTHER_FACILITY,PRISON,HOSPITAL,DECEASED,UNKNOWN,UNKNOWN}'),
 ('contact', '{Berit Bakken,Ola Nordvik,Siri Hoff,Heidi Rundberg,Vidar Øya,Kari Aune,Per Haugen,Siv Moe,Tor Lien,Marit Vold,Jon Ryen,Anne Sletten,Geir Holm,Mona Fjell,Trude Aas,Erik Lunde,Hilde Rønningen,Vegard Aunet,Lars Leder,Nils Grøtte}');

-- the same lists as one row of arrays, to cross join: gen.pick over a column is inlined, over a subquery it is not
CREATE TABLE gen.nm AS
SELECT (SELECT v FROM gen.names WHERE kind = 'male') AS male, (SELECT v FROM gen.names WHERE kind = 'female') AS female,
       (SELECT v FROM gen.names WHERE kind = 'family') AS family, (SELECT v FROM gen.names WHERE kind = 'street') AS street,
       (SELECT v FROM gen.names WHERE kind = 'destination') AS destination, (SELECT v FROM gen.names WHERE kind = 'contact') AS contact;

-- ------------------------------------------------------------------ bulk load set-up
-- The user triggers the generator knows, and what it writes instead of each (all set-based, in the step named):
--   allocation_change, agreement_change, agreement_notice_withdrawn, charge_change, payment_change,
--   payment_change_placed, reservation_change: the change feed (85_change_feed.sql), one event per step each trigger would have seen;
--   payment_booked_period: payment.booked_period = booked_month(paid_on) at the time (60_ledger.sql);
--   intake_status, intake_status_of_allocation, intake_status_of_decision: intake.status (90_finish.sql);
--   access_log_chain, access_log_move_head: seq, hash and the head (80_access_log.sql);
--   access_log_append_only, access_log_no_truncate: refuse UPDATE/DELETE/TRUNCATE; the generator only inserts;
--   charge_, payment_ and credit_refund_ledger_added/_removed/_changed: each agreement's sums, agreement_ledger
--   (90_finish.sql, from the generated ledger);
--   unit_reserved_until_added/_removed/_changed: each unit's latest live reservation end and the days its live
--   occupancies cover, unit.reserved_until and unit.occupied_periods (90_finish.sql, from the generated reservations);
--   charge_run_claimed_by_ranges, bank_import_claimed_by_ranges: refuse an older instance's claim of a job (V48); the
--   generator never claims a job, so nothing is written instead.
DO $$
DECLARE unknown text;
BEGIN
    SELECT string_agg(format('%s.%s', t.tgrelid::regclass, t.tgname), ', ') INTO unknown
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
      AND t.tgname NOT IN ('allocation_change', 'agreement_change', 'agreement_notice_withdrawn', 'charge_change',
                           'payment_change', 'payment_change_placed', 'reservation_change', 'payment_booked_period', 'intake_status',
                           'intake_status_of_allocation', 'intake_status_of_decision', 'access_log_chain',
                           'access_log_move_head', 'access_log_append_only', 'access_log_no_truncate',
                           'charge_ledger_added', 'charge_ledger_removed', 'charge_ledger_changed',
                           'payment_ledger_added', 'payment_ledger_removed', 'payment_ledger_changed',
                           'credit_refund_ledger_added', 'credit_refund_ledger_removed', 'credit_refund_ledger_changed',
                           'unit_reserved_until_added', 'unit_reserved_until_removed', 'unit_reserved_until_changed',
                           'charge_run_claimed_by_ranges', 'bank_import_claimed_by_ranges');
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'bench/generate does not know the trigger(s) %: add what each writes to bench/sql and to the list in 00_setup.sql', unknown;
    END IF;
END $$;

-- what 90_finish.sql creates again, in this order: keys and exclusion constraints, other indexes, foreign keys
CREATE TABLE gen.saved_ddl (ord int, tbl text, name text, ddl text, taken boolean NOT NULL DEFAULT false, secs numeric);
INSERT INTO gen.saved_ddl
SELECT 1, c.conrelid::regclass::text, c.conname,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace AND c.contype IN ('p', 'u', 'x')
  AND c.conrelid <> 'flyway_schema_history'::regclass;
INSERT INTO gen.saved_ddl
SELECT 2, i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE c.relnamespace = 'public'::regnamespace AND i.indrelid <> 'flyway_schema_history'::regclass
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'));
INSERT INTO gen.saved_ddl
SELECT 3, c.conrelid::regclass::text, c.conname,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace AND c.contype = 'f';

-- loading: user triggers off and autovacuum paused on every table of the schema; 90_finish.sql turns both back on
CREATE PROCEDURE gen.load_mode(loading boolean) LANGUAGE plpgsql AS $$
DECLARE t regclass;
BEGIN
    FOR t IN SELECT c.oid::regclass FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history' LOOP
        IF loading THEN
            EXECUTE format('ALTER TABLE %s DISABLE TRIGGER USER', t);
            EXECUTE format('ALTER TABLE %s SET (autovacuum_enabled = false)', t);
        ELSE
            EXECUTE format('ALTER TABLE %s ENABLE TRIGGER USER', t);
            EXECUTE format('ALTER TABLE %s RESET (autovacuum_enabled)', t);
        END IF;
    END LOOP;
END $$;

-- 90_finish.sql: creates the saved keys (ord 1), indexes (2) or foreign keys (3) again, each in its own transaction,
-- the largest table first; two sessions calling it share the work (each takes the next one not taken)
CREATE PROCEDURE gen.rebuild(p_ord int) LANGUAGE plpgsql AS $$
DECLARE d record; t timestamptz;
BEGIN
    LOOP
        SELECT * INTO d FROM gen.saved_ddl WHERE ord = p_ord AND NOT taken
        ORDER BY pg_relation_size(tbl::regclass) DESC, name LIMIT 1 FOR UPDATE SKIP LOCKED;
        EXIT WHEN NOT FOUND;
        UPDATE gen.saved_ddl SET taken = true WHERE ord = d.ord AND name = d.name;
        COMMIT;
        t := clock_timestamp();
        EXECUTE d.ddl;
        UPDATE gen.saved_ddl SET secs = round(extract(epoch FROM clock_timestamp() - t), 1) WHERE ord = d.ord AND name = d.name;
        COMMIT;
    END LOOP;
END $$;

DO $$
DECLARE d record;
BEGIN
    FOR d IN SELECT * FROM gen.saved_ddl WHERE ord = 3 LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', d.tbl, d.name);
    END LOOP;
    FOR d IN SELECT * FROM gen.saved_ddl WHERE ord = 1 LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', d.tbl, d.name);
    END LOOP;
    FOR d IN SELECT * FROM gen.saved_ddl WHERE ord = 2 LOOP
        EXECUTE format('DROP INDEX %s', d.name);
    END LOOP;
END $$;
CALL gen.load_mode(true);
