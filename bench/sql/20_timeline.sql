-- Step 2: who lived where, when. Each unit gets a sequence of stays over the ten years, one after the other with a
-- vacancy between them (so a unit never holds two occupancies at once, the exclusion constraint of V1); a stay running
-- at the start of the history began before it. Stays are then joined into persons: some residents move straight on
-- to another unit the day after they move out (their continuous stay spans agreements, R-AGR-7), some come back after
-- months or years. Every later step reads these plans.
\set ON_ERROR_STOP 1

-- how long a stay lasts, in days: a BTA is often short (a first period of two months that did not work out), mostly
-- months to a year or two, sometimes longer than the facility's limit; a tenancy runs for years
CREATE FUNCTION gen.stay_days(kind text, k bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN kind = 'BTA' THEN
           CASE WHEN gen.r(k, 101) < 0.15 THEN 20 + floor(gen.r(k, 102) * 70)::int
                WHEN gen.r(k, 101) < 0.65 THEN 105 + floor(gen.r(k, 102) * 555)::int
                ELSE 640 + floor(gen.r(k, 102) * 1110)::int END
       ELSE 370 + floor(power(gen.r(k, 102), 1.3) * 3200)::int END
$$;

-- the vacancy before a stay, in days (at least one: the occupancy before ends the day after its move-out)
CREATE FUNCTION gen.gap_days(k bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT 1 + floor(power(gen.r(k, 103), 2) * 130)::int $$;

CREATE TABLE gen.slot0 AS
WITH RECURSIVE t(uno, fno, n, kind_orig, conv_on, start_on, end_on) AS (
    SELECT u.uno, u.fno, 1, f.kind_orig, f.conv_on, s.start_on, s.start_on + gen.stay_days(f.kind_orig, u.uno * 1000::bigint) - 1
    FROM gen.u u JOIN gen.f f ON f.fno = u.fno CROSS JOIN gen.p p
    CROSS JOIN LATERAL (SELECT CASE WHEN gen.r(u.uno, 104) < 0.92
                                    THEN p.t0 - floor(gen.r(u.uno, 105) * (gen.stay_days(f.kind_orig, u.uno * 1000::bigint) - 1))::int
                                    ELSE p.t0 + gen.gap_days(u.uno * 1000::bigint) END AS start_on) s
    UNION ALL
    SELECT t.uno, t.fno, t.n + 1, t.kind_orig, t.conv_on, x.start_on,
           x.start_on + gen.stay_days(CASE WHEN x.start_on >= t.conv_on THEN 'LEASE' ELSE t.kind_orig END,
                                      t.uno * 1000::bigint + t.n + 1) - 1
    FROM t CROSS JOIN LATERAL (SELECT t.end_on + 1 + gen.gap_days(t.uno * 1000::bigint + t.n + 1) AS start_on) x
    WHERE t.end_on < (SELECT today FROM gen.p)
)
SELECT t.*, CASE WHEN t.start_on >= t.conv_on THEN 'LEASE' ELSE t.kind_orig END AS kind FROM t;

-- stays up to today (a stay planned after today is the vacancy an open application may be allocated to: 40_intake)
CREATE TABLE gen.slot AS
SELECT row_number() OVER (ORDER BY s.start_on, s.uno)::int AS sno, s.uno, s.fno, s.n, s.kind, s.start_on, s.end_on,
       s.end_on < p.today AS ended,
       -- the sex of the resident: the facility's, or mostly men where both are welcome
       CASE WHEN f.sexes = '{FEMALE}' THEN 'FEMALE' WHEN f.sexes = '{MALE}' THEN 'MALE'
            WHEN gen.r(s.uno * 1000::bigint + s.n, 106) < 0.68 THEN 'MALE' ELSE 'FEMALE' END AS sex,
       f.youth,
       NULL::int AS prev_sno, NULL::text AS link, NULL::int AS pno, false AS legacy
FROM gen.slot0 s JOIN gen.f f ON f.fno = s.fno CROSS JOIN gen.p p
WHERE s.start_on <= p.today;
ALTER TABLE gen.slot ADD PRIMARY KEY (sno);
ANALYZE gen.slot;

CREATE TABLE gen.future AS
SELECT s.uno, s.fno, s.start_on FROM gen.slot0 s CROSS JOIN gen.p p WHERE s.start_on > p.today;

-- ------------------------------------------------------------------ persons across stays
-- moving on: a resident who moved out starts at another unit the next day (about 4.5 % of the stays that ended)
WITH e AS (
    SELECT s.sno, s.end_on + 1 AS day, s.sex, s.youth,
           row_number() OVER (PARTITION BY s.end_on, s.sex, s.youth ORDER BY gen.r(s.sno, 201)) AS k
    FROM gen.slot s WHERE s.ended AND gen.r(s.sno, 202) < 0.045
), b AS (
    SELECT s.sno, s.start_on AS day, s.sex, s.youth,
           row_number() OVER (PARTITION BY s.start_on, s.sex, s.youth ORDER BY gen.r(s.sno, 203)) AS k
    FROM gen.slot s WHERE s.n > 1 OR s.start_on > (SELECT t0 FROM gen.p)
)
UPDATE gen.slot s SET prev_sno = e.sno, link = 'MOVED_ON'
FROM e JOIN b ON b.day = e.day AND b.sex = e.sex AND b.youth = e.youth AND b.k = e.k
WHERE s.sno = b.sno;

-- coming back: about 5 % of the stays that ended are followed by a new stay of the same person months or years later
WITH e AS (
    SELECT s.sno, s.end_on + 60 + floor(power(gen.r(s.sno, 204), 1.5) * 1400)::int AS day, s.sex, s.youth
    FROM gen.slot s
    WHERE s.ended AND gen.r(s.sno, 205) < 0.05 AND NOT EXISTS (SELECT 1 FROM gen.slot n WHERE n.prev_sno = s.sno)
), e2 AS (
    SELECT e.*, row_number() OVER (PARTITION BY e.day, e.sex, e.youth ORDER BY gen.r(e.sno, 206)) AS k FROM e
), b AS (
    SELECT s.sno, s.start_on AS day, s.sex, s.youth,
           row_number() OVER (PARTITION BY s.start_on, s.sex, s.youth ORDER BY gen.r(s.sno, 207)) AS k
    FROM gen.slot s WHERE s.prev_sno IS NULL AND (s.n > 1 OR s.start_on > (SELECT t0 FROM gen.p))
)
UPDATE gen.slot s SET prev_sno = e2.sno, link = 'RETURNED'
FROM e2 JOIN b ON b.day = e2.day AND b.sex = e2.sex AND b.youth = e2.youth AND b.k = e2.k
WHERE s.sno = b.sno;

CREATE INDEX ON gen.slot (prev_sno) WHERE prev_sno IS NOT NULL;
ANALYZE gen.slot;

-- a person per chain of stays, numbered from 1 in the order their first stay began
WITH RECURSIVE heads AS (
    SELECT s.sno, row_number() OVER (ORDER BY s.start_on, s.sno)::int AS pno FROM gen.slot s WHERE s.prev_sno IS NULL
), chain(sno, pno) AS (
    SELECT sno, pno FROM heads
    UNION ALL
    SELECT s.sno, c.pno FROM chain c JOIN gen.slot s ON s.prev_sno = c.sno
)
UPDATE gen.slot s SET pno = c.pno FROM chain c WHERE c.sno = s.sno;
CREATE INDEX ON gen.slot (pno);

-- The national system went live on a day chosen so that about 80 % of the applications led to a stay: stays that
-- began before it were migrated from the earlier systems without their applications (intake_id NULL).
CREATE TABLE gen.golive AS
SELECT coalesce((SELECT s.start_on FROM gen.slot s ORDER BY s.start_on DESC
                 OFFSET (SELECT round(0.8 * n_intakes)::int FROM gen.p) LIMIT 1), (SELECT t0 FROM gen.p)) AS day;
UPDATE gen.slot SET legacy = start_on < (SELECT day FROM gen.golive);
