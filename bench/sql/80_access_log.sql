-- Step 8a: the access log (R-ACC-2) as planned: who read what, when, over the ten years. One row per
-- person a call touched or showed, as AccessLogFilter writes them: facility staff open agreements, ledgers and persons
-- of their residents (during the stay and the follow-up window after it) and list their facility's agreements,
-- incidents and daily overview (a row per resident shown); HVK and ESIKT read applications; okonomi reads ledgers and
-- arrears lists; kontroll the control report and statistics; the integration client agreement status and the change
-- feed. The rows are planned in gen.al0 (call, row, time, template, resource id, person); bench/generate then streams
-- them in time order, numbered, through bench/AccessLogChain.java, which writes the rows and their hash chain into
-- access_log, and 81_access_log_head.sql loads the head and the nightly checkpoints it found.
\set ON_ERROR_STOP 1

-- ------------------------------------------------------------------ who: one row per user
CREATE UNLOGGED TABLE gen.usr (
    uid int PRIMARY KEY, kind text, fno int, muni text, subject text, username text, actor_name text, roles text[], units text[],
    client_id text);
INSERT INTO gen.usr
SELECT row_number() OVER (ORDER BY f.fno, r.k)::int, r.kind, f.fno, f.municipality,
       coalesce(d.subject, md5('bench/user/' || r.username)::uuid::text), r.username, r.actor_name, r.roles, ARRAY[f.id], 'bta-frontend'
FROM gen.f f
CROSS JOIN LATERAL (VALUES (1, 'STAFF', f.staff, f.staff_name, '{botiltak}'::text[]),
                           (2, 'STAFF', f.leader, f.leader_name, '{botiltak,fagleder}'::text[]),
                           (3, 'STAFF', f.leader2, f.leader2_name, '{botiltak,fagleder}'::text[])) r(k, kind, username, actor_name, roles)
LEFT JOIN (VALUES ('bakklandet1', 'b7a00000-0000-4000-8000-000000000004'), ('bakklandet-leder', 'b7a00000-0000-4000-8000-000000000005'),
                  ('bakklandet-leder2', 'b7a00000-0000-4000-8000-000000000006'), ('goa93-leder', 'b7a00000-0000-4000-8000-000000000007'),
                  ('goa93-leder2', 'b7a00000-0000-4000-8000-000000000016'), ('heidrun1', 'b7a00000-0000-4000-8000-000000000008'),
                  ('valoya1', 'b7a00000-0000-4000-8000-000000000009'), ('osloveien155-leder', 'b7a00000-0000-4000-8000-000000000010'),
                  ('osloveien155-leder2', 'b7a00000-0000-4000-8000-000000000011'), ('valoya-leder', 'b7a00000-0000-4000-8000-000000000012'))
     d(username, subject) ON d.username = r.username;
INSERT INTO gen.usr
SELECT (SELECT max(uid) FROM gen.usr) + row_number() OVER (ORDER BY x.username)::int, x.kind, NULL, x.muni, x.subject, x.username,
       x.actor_name, x.roles, '{}', x.client_id
FROM (
    SELECT DISTINCT 'HVK' AS kind, NULL::text AS muni, i.subject, i.caseworker AS username,
           CASE i.caseworker WHEN 'hvk1' THEN 'Hanne Hvalstad' WHEN 'hvk2' THEN 'Henrik Hovde' ELSE 'Saksbehandler ' || i.caseworker END AS actor_name,
           '{hvk}'::text[] AS roles, 'bta-frontend' AS client_id
    FROM gen.ix i
    UNION ALL
    SELECT DISTINCT 'ESIKT', NULL, CASE WHEN i.esikt = 'esikt1' THEN 'b7a00000-0000-4000-8000-000000000003' ELSE md5('bench/user/' || i.esikt)::uuid::text END,
           i.esikt, CASE WHEN i.esikt = 'esikt1' THEN 'Erik Sikt' ELSE 'Koordinator ' || i.esikt END, '{esikt}'::text[], 'bta-frontend'
    FROM gen.ix i
    UNION ALL SELECT 'OKONOMI', NULL, 'b7a00000-0000-4000-8000-000000000013', 'okonomi1', 'Oda Kronstad', '{okonomi}'::text[], 'bta-frontend'
    UNION ALL SELECT 'KONTROLL', NULL, 'b7a00000-0000-4000-8000-000000000015', 'kontroll1', 'Kristin Tilsynsmo', '{kontroll}'::text[], 'bta-frontend'
    UNION ALL SELECT 'INTEGRATION', NULL, md5('bench/user/service-account-bta-integration')::uuid::text, 'service-account-bta-integration',
                     NULL, '{integrasjon}'::text[], 'bta-integration'
) x;

-- ------------------------------------------------------------------ what: a template per user and operation
-- p1 and p2 are the parts of access_log_link's text (V21) that the user and the operation fix: p1 from subject to the
-- HTTP method, p2 the operation and the resource type; 80_access_log_chain puts the row's own values between them.
CREATE UNLOGGED TABLE gen.tpl AS
SELECT row_number() OVER (ORDER BY u.uid, o.op)::int AS tno, u.uid, u.kind, u.fno, o.op, o.rtype, o.prefix, o.suffix, o.list,
       concat_ws(',', quote_nullable(u.subject), quote_nullable(u.username), quote_nullable(u.actor_name), quote_nullable(u.roles::text),
                 quote_nullable(u.units::text), quote_nullable(u.client_id), quote_nullable('GET')) AS p1,
       concat_ws(',', quote_nullable(o.op), quote_nullable(o.rtype)) AS p2
FROM gen.usr u
JOIN (VALUES ('STAFF', 'getAgreement', 'agreement', '/api/agreements/', '', false),
             ('STAFF', 'getLedger', 'agreement', '/api/agreements/', '/ledger', false),
             ('STAFF', 'getPerson', 'person', '/api/persons/', '', false),
             ('STAFF', 'listAgreements', 'agreement', '/api/agreements', NULL, true),
             ('STAFF', 'listIncidents', 'incident', '/api/incidents', NULL, true),
             ('STAFF', 'getOverview', 'statistics', '/api/overview', NULL, true),
             ('HVK', 'getIntake', 'intake', '/api/intakes/', '', false),
             ('ESIKT', 'getIntake', 'intake', '/api/intakes/', '', false),
             ('OKONOMI', 'getLedger', 'agreement', '/api/agreements/', '/ledger', false),
             ('OKONOMI', 'getArrears', 'egenbetaling', '/api/egenbetaling/arrears', NULL, true),
             ('KONTROLL', 'getControlReport', 'control-report', '/api/control-reports', NULL, true),
             ('KONTROLL', 'getStatistics', 'statistics', '/api/statistics', NULL, false),
             ('INTEGRATION', 'getAgreementStatus', 'agreement', '/api/agreements/', '/status', false),
             ('INTEGRATION', 'listEvents', 'change-feed', '/api/events', NULL, false)) o(kind, op, rtype, prefix, suffix, list)
  ON o.kind = u.kind;
CREATE INDEX ON gen.tpl (uid, op);
CREATE INDEX ON gen.tpl (kind, op);

-- the stays the log can see, with 60 days of follow-up after the move-out
CREATE UNLOGGED TABLE gen.fa AS
SELECT a.ano, a.fno, a.pno, a.id, greatest(a.moved_in_on, a.start_on) AS from_day, a.ended_on AS ended_on
FROM gen.a a WHERE a.moved_in_on IS NOT NULL AND a.part IN ('MAIN', 'SUCCESSOR');
ANALYZE gen.fa;

-- ------------------------------------------------------------------ lists at a facility (about half the rows)
-- a facility lists in proportion to its size
CREATE UNLOGGED TABLE gen.lcall AS
WITH w AS (SELECT p.t0 AS first_day, p.today - p.t0 AS days, p.n_access_log AS n FROM gen.p p),
     lam AS (SELECT w.n * 0.5 / (0.95 * sum(power(least(f.n_units, 50), 2))) AS per_unit FROM gen.f f, w GROUP BY w.n)
SELECT row_number() OVER (ORDER BY f.fno, k)::bigint AS cid, f.fno, y.at, (y.at AT TIME ZONE 'Europe/Oslo')::date AS day,
       CASE WHEN y.r < 0.8 THEN 'STAFF' WHEN y.r < 0.92 THEN 'OKONOMI' ELSE 'KONTROLL' END AS kind,
       CASE WHEN y.r < 0.45 THEN 'listAgreements' WHEN y.r < 0.6 THEN 'listIncidents' WHEN y.r < 0.8 THEN 'getOverview'
            WHEN y.r < 0.92 THEN 'getArrears' ELSE 'getControlReport' END AS op
FROM gen.f f CROSS JOIN w CROSS JOIN lam
CROSS JOIN LATERAL generate_series(1, round(lam.per_unit * least(f.n_units, 50) + gen.r(f.fno, 800))::int) k
CROSS JOIN LATERAL (SELECT gen.at(w.first_day + floor(gen.r(f.fno * 100000 + k, 801) * w.days)::int,
                                  make_interval(hours => 7 + gen.ri(f.fno * 100000 + k, 802, 0, 9), mins => gen.ri(f.fno * 100000 + k, 803, 0, 59),
                                                secs => gen.r(f.fno * 100000 + k, 804) * 60)) AS at,
                           gen.r(f.fno * 100000 + k, 805) AS r) y;

CREATE UNLOGGED TABLE gen.kuid AS SELECT kind, min(uid) AS uid FROM gen.usr WHERE kind IN ('OKONOMI', 'KONTROLL', 'INTEGRATION') GROUP BY kind;

-- the rows before they are numbered: call id, row within the call, time, template, resource id, person (a list call
-- shows every resident of the facility that day and those in the follow-up window; a facility has at most about 45
-- units, so a list is one or two pages)
CREATE UNLOGGED TABLE gen.al0 AS
SELECT c.cid, a.ano AS k, c.at, t.tno, NULL::uuid AS rid, a.pno
FROM gen.lcall c
JOIN gen.tpl t ON t.op = c.op AND t.uid = CASE WHEN c.kind = 'STAFF' THEN 3 * (c.fno - 1) + 1 + (c.cid % 3)::int
                                              ELSE (SELECT k.uid FROM gen.kuid k WHERE k.kind = c.kind) END
JOIN gen.fa a ON a.fno = c.fno
WHERE a.from_day <= c.day AND (a.ended_on IS NULL OR a.ended_on + CASE WHEN c.op = 'getOverview' THEN 0 ELSE 60 END >= c.day)
  AND c.at < now() - interval '1 hour';

-- ------------------------------------------------------------------ applications read by HVK and ESIKT (8 %)
WITH w AS (SELECT p.t0 AS first_day, p.today, p.n_access_log AS n FROM gen.p p),
     iw AS (SELECT x.ino, x.pno, x.id, x.caseworker, x.esikt, greatest(x.reg, w.first_day) AS from_day,
                   least(w.today, coalesce(x.closed_on, x.s, w.today) + 30) AS to_day, 2 + x.level AS weight
            FROM gen.ix x CROSS JOIN w),
     lam AS (SELECT (SELECT n FROM w) * 0.08 / sum(weight) AS per FROM iw WHERE to_day >= from_day)
INSERT INTO gen.al0 (cid, k, at, tno, rid, pno)
SELECT 1000000000 + iw.ino::bigint * 100 + k, 1,
       gen.at(iw.from_day + floor(gen.r(iw.ino * 100 + k, 810) * (iw.to_day - iw.from_day + 1))::int,
              make_interval(hours => 8 + gen.ri(iw.ino * 100 + k, 811, 0, 7), mins => gen.ri(iw.ino * 100 + k, 812, 0, 59),
                            secs => gen.r(iw.ino * 100 + k, 813) * 60)),
       t.tno, iw.id, iw.pno
FROM iw CROSS JOIN lam
CROSS JOIN LATERAL generate_series(1, least(99, round(iw.weight * lam.per + gen.r(iw.ino, 814))::int)) k
JOIN gen.usr u ON u.username = CASE WHEN gen.r(iw.ino * 100 + k, 815) < 0.7 THEN iw.caseworker ELSE iw.esikt END
JOIN gen.tpl t ON t.uid = u.uid AND t.op = 'getIntake'
WHERE iw.to_day >= iw.from_day;

-- ------------------------------------------------------------------ statistics and the change feed: no person (2 %)
INSERT INTO gen.al0 (cid, k, at, tno, rid, pno)
SELECT 3000000000 + k, 1, gen.at(p.t0 + floor(gen.r(k, 820) * (p.today - p.t0))::int,
                                 make_interval(hours => gen.ri(k, 821, 0, 23), mins => gen.ri(k, 822, 0, 59), secs => gen.r(k, 823) * 60)),
       t.tno, NULL, NULL
FROM gen.p p CROSS JOIN generate_series(1, round(p.n_access_log * 0.02)::int) k
JOIN gen.tpl t ON t.op = CASE WHEN gen.r(k, 824) < 0.7 THEN 'listEvents' ELSE 'getStatistics' END;

-- ------------------------------------------------------------------ agreements, ledgers and persons read (the rest)
WITH w AS (SELECT p.t0 AS first_day, p.today, p.n_access_log AS n FROM gen.p p),
     sw AS (SELECT a.ano, a.fno, a.pno, a.id, greatest(a.from_day, w.first_day) AS from_day,
                   least(w.today, coalesce(a.ended_on + 60, w.today)) AS to_day
            FROM gen.fa a CROSS JOIN w),
     lam AS (SELECT greatest(0, (SELECT n FROM w) - (SELECT count(*) FROM gen.al0))::float8 / sum(to_day - from_day + 1) AS per
             FROM sw WHERE to_day >= from_day)
INSERT INTO gen.al0 (cid, k, at, tno, rid, pno)
SELECT 2000000000 + sw.ano::bigint * 1000 + k, 1,
       gen.at(sw.from_day + floor(gen.r(sw.ano * 1000 + k, 830) * (sw.to_day - sw.from_day + 1))::int,
              make_interval(hours => 7 + gen.ri(sw.ano * 1000 + k, 831, 0, 12), mins => gen.ri(sw.ano * 1000 + k, 832, 0, 59),
                            secs => gen.r(sw.ano * 1000 + k, 833) * 60)),
       t.tno, CASE WHEN o.op = 'getPerson' THEN gen.id('person', sw.pno) ELSE sw.id END, sw.pno
FROM sw CROSS JOIN lam
CROSS JOIN LATERAL generate_series(1, least(999, floor((sw.to_day - sw.from_day + 1) * lam.per + gen.r(sw.ano, 834))::int)) k
CROSS JOIN LATERAL (SELECT gen.r(sw.ano * 1000 + k, 835) AS r) z
CROSS JOIN LATERAL (SELECT CASE WHEN z.r < 0.4 THEN 'getAgreement' WHEN z.r < 0.6 THEN 'getLedger' WHEN z.r < 0.8 THEN 'getPerson'
                                WHEN z.r < 0.92 THEN 'getLedger' ELSE 'getAgreementStatus' END AS op,
                           CASE WHEN z.r < 0.8 THEN 3 * (sw.fno - 1) + 1 + (k % 3)
                                WHEN z.r < 0.92 THEN (SELECT uid FROM gen.kuid WHERE kind = 'OKONOMI')
                                ELSE (SELECT uid FROM gen.kuid WHERE kind = 'INTEGRATION') END AS uid) o
JOIN gen.tpl t ON t.uid = o.uid AND t.op = o.op
WHERE sw.to_day >= sw.from_day;

DELETE FROM gen.al0 WHERE at > now() - interval '10 minutes';

ANALYZE gen.al0;
