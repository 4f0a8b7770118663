-- Step 3: the applications as planned (which led to a stay, which are open today, which closed without a place) and
-- the persons: one per chain of stays, and new persons for most applications that never led to a stay. Identity
-- numbers are synthetic fødselsnummer (month + 80, as the demo data's; BTA_PERSONS_ALLOW_SYNTHETIC_NUMBERS), unique,
-- with both mod-11 check digits valid and the ninth digit odd for men.
\set ON_ERROR_STOP 1

-- ------------------------------------------------------------------ the applications, planned
CREATE TABLE gen.i (
    ino int PRIMARY KEY, id uuid, pno int, kind text, status text, sno int, fno int, uno int,
    start_on date,          -- the (planned) move-in: the unit's next stay, or the stay this application led to
    received_on date, withdrawn_after text, voided boolean DEFAULT false, borrowed boolean DEFAULT false);

-- every stay after go-live came from an application (received 4-30 weeks before the move-in)
INSERT INTO gen.i (ino, pno, kind, status, sno, fno, uno, start_on, received_on)
SELECT row_number() OVER (ORDER BY s.sno), s.pno, 'PLACED', 'MOVED_IN', s.sno, s.fno, s.uno, s.start_on,
       s.start_on - 21 - 10 - floor(power(gen.r(s.sno, 301), 1.5) * 180)::int
FROM gen.slot s WHERE NOT s.legacy;

-- open today: a vacant unit whose next stay begins within three weeks is allocated to the applicant; the steps done so
-- far follow from the days left (allocated 20, informed 17, oriented 12, decided 9 days before the move-in)
INSERT INTO gen.i (ino, kind, status, fno, uno, start_on, received_on)
SELECT (SELECT count(*) FROM gen.i) + row_number() OVER (ORDER BY x.start_on, x.uno), 'OPEN',
       CASE WHEN x.start_on - p.today > 17 THEN 'ALLOCATED' WHEN x.start_on - p.today > 12 THEN 'INFORMED'
            WHEN x.start_on - p.today > 9 THEN 'ORIENTED' ELSE 'DECIDED' END,
       x.fno, x.uno, x.start_on, x.start_on - 21 - 10 - floor(power(gen.r(x.uno, 302), 1.5) * 180)::int
FROM gen.future x CROSS JOIN gen.p p WHERE x.start_on - p.today <= 20;

-- open today without a place: registered (not yet prioritised) or on the waiting list
INSERT INTO gen.i (ino, kind, status, fno, received_on)
SELECT (SELECT count(*) FROM gen.i) + n, 'OPEN',
       CASE WHEN gen.r(n, 303) < 0.25 THEN 'SUBMITTED' ELSE 'WAITING' END,
       1 + floor(gen.r(n, 304) * (SELECT count(*) FROM gen.f))::int,
       p.today - CASE WHEN gen.r(n, 303) < 0.25 THEN gen.ri(n, 305, 1, 21) ELSE 10 + floor(power(gen.r(n, 305), 1.4) * 240)::int END
FROM gen.p p, generate_series(1, greatest(0, round(0.065 * (SELECT n_intakes FROM gen.p))::int
                                             - (SELECT count(*) FROM gen.i WHERE kind = 'OPEN')::int)) n;

-- closed without a stay: withdrawn, rejected or declined at the orientation meeting; a few were withdrawn after a
-- signed agreement was voided before the move-in (R-AGR-9)
INSERT INTO gen.i (ino, kind, status, fno, received_on, withdrawn_after, voided)
SELECT (SELECT count(*) FROM gen.i) + n, 'CLOSED', st.status,
       1 + floor(gen.r(n, 311) * (SELECT count(*) FROM gen.f))::int,
       g.day + floor(gen.r(n, 312) * greatest(0, p.today - 130 - g.day))::int,
       CASE WHEN st.status = 'WITHDRAWN' THEN CASE WHEN gen.r(n, 313) < 0.06 THEN 'VOIDED'
                                                   WHEN gen.r(n, 313) < 0.15 THEN 'ALLOCATED'
                                                   WHEN gen.r(n, 313) < 0.8 THEN 'WAITING' ELSE 'SUBMITTED' END END,
       st.status = 'WITHDRAWN' AND gen.r(n, 313) < 0.06
FROM gen.p p CROSS JOIN gen.golive g,
     generate_series(1, greatest(0, (SELECT n_intakes FROM gen.p) - (SELECT count(*) FROM gen.i)::int)) n
CROSS JOIN LATERAL (SELECT CASE WHEN gen.r(n, 310) < 0.45 THEN 'WITHDRAWN' WHEN gen.r(n, 310) < 0.75 THEN 'REJECTED'
                                ELSE 'DECLINED' END AS status) st;

-- a unit for every application that had an allocation which was later released (declined, withdrawn after
-- allocation, voided): a unit of the facility it wished for (released reservations never block a unit)
UPDATE gen.i i SET uno = f.first_uno + gen.ri(i.ino, 315, 0, f.n - 1), start_on = i.received_on + 40 + gen.ri(i.ino, 314, 0, 60)
FROM (SELECT fno, min(uno) AS first_uno, count(*)::int AS n FROM gen.u GROUP BY fno) f
WHERE i.kind = 'CLOSED' AND (i.status = 'DECLINED' OR i.withdrawn_after IN ('ALLOCATED', 'VOIDED')) AND f.fno = i.fno;

-- persons for the applications that did not lead to a stay: 40 % of the closed ones belong to a person who got a place
-- later (an earlier application of theirs), the rest are new persons
UPDATE gen.i i SET pno = x.pno, borrowed = true
FROM (SELECT s.pno, s.start_on, row_number() OVER (ORDER BY gen.r(s.sno, 320)) AS k
      FROM gen.slot s WHERE NOT s.legacy AND s.prev_sno IS NULL) x
WHERE i.kind = 'CLOSED' AND gen.r(i.ino, 321) < 0.4
  AND x.k = 1 + floor(gen.r(i.ino, 322) * (SELECT count(*) FROM gen.slot s WHERE NOT s.legacy AND s.prev_sno IS NULL))::int
  AND i.received_on < x.start_on - 120;

UPDATE gen.i i SET pno = (SELECT max(pno) FROM gen.slot) + x.k
FROM (SELECT ino, row_number() OVER (ORDER BY ino)::int AS k FROM gen.i WHERE pno IS NULL) x
WHERE x.ino = i.ino;

UPDATE gen.i SET id = gen.id('intake', ino);

-- the HVK caseworker (by token subject, R-ACC-3) and the ESIKT coordinator: hvk1 and hvk2 have the applications for
-- the ten V2 facilities, eight caseworkers in each municipality the rest
ALTER TABLE gen.i ADD COLUMN caseworker text, ADD COLUMN subject text, ADD COLUMN esikt text;
UPDATE gen.i i SET
    caseworker = CASE WHEN i.fno <= 10 THEN CASE WHEN gen.r(i.ino, 402) < 0.7 THEN 'hvk1' ELSE 'hvk2' END
                      ELSE 'hvk-' || translate(lower(f.municipality), 'æøå ', 'aoa-') || '-' || gen.ri(i.ino, 403, 1, 8) END,
    subject = CASE WHEN i.fno <= 10 THEN CASE WHEN gen.r(i.ino, 402) < 0.7 THEN 'b7a00000-0000-4000-8000-000000000001'
                                              ELSE 'b7a00000-0000-4000-8000-000000000002' END
                   ELSE md5('bench/hvk/' || f.municipality || '/' || gen.ri(i.ino, 403, 1, 8))::uuid::text END,
    esikt = CASE WHEN i.fno <= 10 THEN 'esikt1' ELSE 'esikt-' || translate(lower(f.municipality), 'æøå ', 'aoa-') END
FROM gen.f f WHERE f.fno = i.fno;
CREATE INDEX ON gen.i (sno) WHERE sno IS NOT NULL;
CREATE INDEX ON gen.i (pno);
ANALYZE gen.i;

-- ------------------------------------------------------------------ persons
-- sex from the first stay's facility (or the wished facility's target group); age at the first stay or application:
-- 18-24 at a facility for young adults, else mostly 20-55
CREATE TABLE gen.pers AS
SELECT x.pno, x.sex, x.first_on, x.youth, x.fno,
       (SELECT min(i.received_on) + 1 FROM gen.i i WHERE i.pno = x.pno) AS registered_on,
       (SELECT i.caseworker FROM gen.i i WHERE i.pno = x.pno ORDER BY i.received_on LIMIT 1) AS caseworker,
       (x.first_on - CASE WHEN x.youth THEN 18 * 365 + floor(gen.r(x.pno, 330) * 6 * 365)::int
                          ELSE 19 * 365 + floor(power(gen.r(x.pno, 330), 1.3) * 44 * 365)::int END)::date AS birth_date
FROM (
    SELECT s.pno, s.sex, s.start_on AS first_on, s.youth, s.fno
    FROM gen.slot s WHERE s.prev_sno IS NULL
    UNION ALL
    SELECT i.pno,
           CASE WHEN f.sexes = '{FEMALE}' THEN 'FEMALE' WHEN f.sexes = '{MALE}' THEN 'MALE'
                WHEN gen.r(i.ino, 331) < 0.68 THEN 'MALE' ELSE 'FEMALE' END,
           i.received_on, f.youth, i.fno
    FROM gen.i i JOIN gen.f f ON f.fno = i.fno WHERE NOT i.borrowed AND i.sno IS NULL
) x;
ALTER TABLE gen.pers ADD PRIMARY KEY (pno);
ANALYZE gen.pers;

-- Identity numbers. Persons born the same day get different blocks of twelve individual numbers (their rank that day);
-- each takes the first number of its block whose check digits are valid and whose ninth digit fits the sex. A person
-- left without one (a day with too many, or no valid number in the block) moves to the next day and all try again.
ALTER TABLE gen.pers ADD COLUMN national_id text;
DO $$
DECLARE left_over int;
BEGIN
    LOOP
        -- the days with a person still without a number (at first every day)
        CREATE TEMP TABLE ids ON COMMIT DROP AS
        WITH days AS (SELECT DISTINCT birth_date FROM gen.pers WHERE national_id IS NULL),
        q AS (
            SELECT p.pno, p.sex, extract(day FROM p.birth_date)::int AS dd, extract(month FROM p.birth_date)::int + 80 AS mm,
                   extract(year FROM p.birth_date)::int AS yyyy,
                   (row_number() OVER (PARTITION BY p.birth_date ORDER BY p.pno) - 1)::int AS k
            FROM gen.pers p JOIN days d ON d.birth_date = p.birth_date
        ), c AS (
            SELECT q.pno, q.dd, q.mm, q.yyyy % 100 AS yy, j,
                   CASE WHEN q.yyyy >= 2000 THEN 500 ELSE 0 END + q.k * 12 + 2 * j + (q.sex = 'MALE')::int
                   + CASE WHEN q.yyyy < 2000 AND q.k * 12 + 2 * j >= 500 THEN 400 ELSE 0 END AS ind
            FROM q CROSS JOIN generate_series(0, 5) j
            WHERE q.k < CASE WHEN q.yyyy >= 2000 OR q.yyyy < 1940 THEN 41 ELSE 50 END
        ), d AS (
            SELECT c.*, (11 - (3 * (dd / 10) + 7 * (dd % 10) + 6 * (mm / 10) + (mm % 10) + 8 * (yy / 10) + 9 * (yy % 10)
                               + 4 * (ind / 100) + 5 * (ind / 10 % 10) + 2 * (ind % 10)) % 11) % 11 AS k1
            FROM c
        ), e AS (
            SELECT d.*, (11 - (5 * (dd / 10) + 4 * (dd % 10) + 3 * (mm / 10) + 2 * (mm % 10) + 7 * (yy / 10) + 6 * (yy % 10)
                               + 5 * (ind / 100) + 4 * (ind / 10 % 10) + 3 * (ind % 10) + 2 * k1) % 11) % 11 AS k2
            FROM d WHERE k1 < 10
        )
        SELECT DISTINCT ON (pno) pno, lpad(dd::text, 2, '0') || mm || lpad(yy::text, 2, '0') || lpad(ind::text, 3, '0') || k1 || k2 AS national_id
        FROM e WHERE k2 < 10 ORDER BY pno, j;
        CREATE TEMP TABLE todo ON COMMIT DROP AS
        SELECT p.pno, i.national_id FROM gen.pers p JOIN (SELECT DISTINCT birth_date FROM gen.pers WHERE national_id IS NULL) d
          ON d.birth_date = p.birth_date LEFT JOIN ids i ON i.pno = p.pno;
        UPDATE gen.pers p SET national_id = t.national_id, birth_date = p.birth_date + CASE WHEN t.national_id IS NULL THEN 1 ELSE 0 END
        FROM todo t WHERE t.pno = p.pno;
        SELECT count(*) INTO left_over FROM todo WHERE national_id IS NULL;
        DROP TABLE ids;
        DROP TABLE todo;
        EXIT WHEN left_over = 0;
    END LOOP;
END $$;

INSERT INTO person (id, national_id, given_name, family_name, birth_date, sex, phone, email, address, nav_contact,
                    created_at, created_by, version)
SELECT gen.id('person', p.pno), p.national_id,
       CASE WHEN p.sex = 'MALE' THEN gen.pick(nm.male, p.pno, 340) ELSE gen.pick(nm.female, p.pno, 340) END,
       gen.pick(nm.family, p.pno, 341)
           || CASE WHEN gen.r(p.pno, 342) < 0.15 THEN ' ' || gen.pick(nm.family, p.pno, 343) ELSE '' END,
       p.birth_date, p.sex,
       CASE WHEN gen.r(p.pno, 344) < 0.85 THEN '9' || lpad(gen.ri(p.pno, 345, 0, 99)::text, 2, '0') || ' ' || lpad(gen.ri(p.pno, 346, 0, 99)::text, 2, '0')
            || ' ' || lpad(gen.ri(p.pno, 347, 0, 999)::text, 3, '0') END,
       NULL,
       CASE WHEN gen.r(p.pno, 348) < 0.3 THEN 'Uten fast bopel'
            ELSE gen.pick(nm.street, p.pno, 349) || ' ' || gen.ri(p.pno, 350, 1, 120) END,
       'NAV-veileder ' || gen.pick(nm.contact, p.pno, 351),
       -- registered by HVK with the first application; before applications went live by the facility; before the
       -- history began, migrated the day before it
       CASE WHEN p.first_on < t.t0 THEN gen.at(t.t0 - 1, '02:00') WHEN p.registered_on IS NOT NULL THEN gen.at(p.registered_on, '09:05')
            ELSE gen.at(p.first_on - 7, '09:05') END,
       CASE WHEN p.first_on < t.t0 THEN 'migrering' WHEN p.registered_on IS NOT NULL THEN p.caseworker ELSE f.staff END, 0
FROM gen.pers p JOIN gen.f f ON f.fno = p.fno CROSS JOIN gen.p t CROSS JOIN gen.nm nm;
