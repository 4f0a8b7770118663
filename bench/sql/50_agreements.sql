-- Step 5: the agreements (R-AGR-1 … R-AGR-9, R-FAC-3) with their periods, evaluations, fees, occupancies, timeline,
-- payment set-up and follow-up. One agreement per stay; a stay at a facility that was converted while it ran is two
-- agreements: the BTA ends CONVERTED the day before the conversion and a tenancy succeeds it for the same resident
-- and unit (predecessor_id, same intake, same move-in and occupancy), as ConversionEffects does. A BTA has a first
-- period of two months, then a year at a time, each renewal after an evaluation; a tenancy three years at a time.
-- Fees rise every 1 January (notified in October, R-AGR-3). Today: most running agreements are ACTIVE, some have
-- notice given, some have passed their end date without renewal (EXPIRED); a vacant unit may have a draft for the
-- next resident; a few signed agreements were voided before the move-in.
\set ON_ERROR_STOP 1

CREATE UNLOGGED TABLE gen.a0 AS
WITH base AS (
    SELECT s.sno, s.pno, s.fno, s.uno, s.kind, s.start_on, s.end_on, s.ended, s.legacy, f.conv_on,
           i.ino, (SELECT n.link FROM gen.slot n WHERE n.prev_sno = s.sno) AS next_link,
           s.kind = 'BTA' AND f.conv_on IS NOT NULL AND s.start_on < f.conv_on AND s.end_on >= f.conv_on AS split
    FROM gen.slot s JOIN gen.f f ON f.fno = s.fno LEFT JOIN gen.i i ON i.sno = s.sno
), parts AS (
    -- the stay's agreement, or the BTA part of a stay that a conversion split
    SELECT b.sno, b.pno, b.fno, b.uno, b.ino, b.legacy, b.kind, 'MAIN' AS part, b.start_on AS start_on, b.start_on AS moved_in_on,
           CASE WHEN b.split THEN b.conv_on - 1 WHEN b.ended THEN b.end_on END AS ended_on,
           CASE WHEN b.split THEN 'CONVERTED' WHEN b.ended THEN 'MOVED_OUT' END AS end_reason,
           b.end_on AS planned_end, b.next_link, b.split
    FROM base b
    UNION ALL
    SELECT b.sno, b.pno, b.fno, b.uno, b.ino, b.legacy, 'LEASE', 'SUCCESSOR', b.conv_on,
           b.start_on, CASE WHEN b.ended THEN b.end_on END, CASE WHEN b.ended THEN 'MOVED_OUT' END, b.end_on, b.next_link, false
    FROM base b WHERE b.split
)
SELECT row_number() OVER (ORDER BY p.start_on, p.sno, p.part)::int AS ano, p.* FROM parts p;

-- drafts for the next resident of a vacant unit (a decided application whose move-in is within six days), and the
-- signed agreements voided before the move-in
INSERT INTO gen.a0 (ano, sno, pno, fno, uno, ino, legacy, kind, part, start_on, moved_in_on, ended_on, end_reason, planned_end, split)
SELECT (SELECT max(ano) FROM gen.a0) + row_number() OVER (ORDER BY x.ino), NULL, x.pno, x.fno, x.uno, x.ino, false, f.kind_now,
       CASE WHEN x.voided THEN 'VOIDED' ELSE 'DRAFT' END, x.s, NULL,
       CASE WHEN x.voided THEN x.closed_on END, CASE WHEN x.voided THEN 'VOIDED' END, NULL, false
FROM gen.ix x JOIN gen.f f ON f.fno = x.fno
WHERE x.voided OR (x.status = 'DECIDED' AND x.s - 6 <= (SELECT today FROM gen.p) AND gen.r(x.ino, 501) < 0.6);
ANALYZE gen.a0;

-- the facility's terms and people; migrated: running when the history begins, registered the day before it (no earlier
-- steps recorded); the successor of a conversion keeps the fee of the agreement it replaces (ConversionEffects copies
-- monthlyFeeOre); the rules are the version in force when signed
CREATE UNLOGGED TABLE gen.a1 AS
SELECT a.*, x.signed_on,
       CASE WHEN f.rules_v2 IS NOT NULL AND f.v2_from <= coalesce(x.signed_on, x.created_on) THEN f.rules_v2 ELSE f.rules_v1 END AS rules_id,
       x.created_on, a.part = 'MAIN' AND a.start_on < p.t0 AS migrated,
       gen.id('agreement', a.ano) AS id, m.id AS pred_id,
       CASE WHEN a.part = 'SUCCESSOR' OR (a.part = 'MAIN' AND NOT a.split) THEN gen.id('occupancy', a.sno) END AS occupancy_id,
       f.id AS facility_id, u.id AS unit_id, f.staff, f.leader, f.leader2,
       CASE WHEN f.kind_now = a.kind THEN f.collects ELSE a.kind = 'BTA' END AS collected,
       f.fee_now, coalesce(m.fee0, gen.fee_in(f.fee_now, p.year_now, extract(year FROM a.start_on)::int)) AS fee0,
       CASE WHEN a.kind = 'BTA' THEN 14 ELSE 90 END AS notice_days
FROM gen.a0 a JOIN gen.f f ON f.fno = a.fno JOIN gen.u u ON u.uno = a.uno CROSS JOIN gen.p p
LEFT JOIN (SELECT y.sno, gen.id('agreement', y.ano) AS id, gen.fee_in(g.fee_now, q.year_now, extract(year FROM y.start_on)::int) AS fee0
           FROM gen.a0 y JOIN gen.f g ON g.fno = y.fno CROSS JOIN gen.p q WHERE y.split) m ON a.part = 'SUCCESSOR' AND m.sno = a.sno
CROSS JOIN LATERAL (
    SELECT CASE WHEN a.part = 'SUCCESSOR' THEN a.start_on ELSE a.start_on - 6 END AS created_on,
           CASE WHEN a.part = 'DRAFT' THEN NULL
                WHEN a.part = 'SUCCESSOR' AND a.start_on + 12 > p.today THEN NULL
                WHEN a.part = 'SUCCESSOR' THEN a.start_on + 5 + gen.ri(a.ano, 502, 0, 7)
                ELSE a.start_on - 1 END AS signed_on) x;
ALTER TABLE gen.a1 ADD PRIMARY KEY (ano);
ANALYZE gen.a1;

-- ------------------------------------------------------------------ periods (R-AGR-1)
-- BTA: two months, then a year at a time; tenancy: three years at a time. Periods follow one another until the one
-- that covers the move-out (or the end by conversion, or today for an agreement still running).
CREATE UNLOGGED TABLE gen.per AS
SELECT a.ano, k + 1 AS seq,
       CASE WHEN k = 0 THEN a.start_on
            WHEN a.kind = 'BTA' THEN (a.start_on + interval '2 months' + make_interval(years => k - 1))::date
            ELSE (a.start_on + make_interval(years => 3 * k))::date END AS from_date,
       CASE WHEN a.kind = 'BTA' THEN (a.start_on + interval '2 months' + make_interval(years => k))::date - 1
            ELSE (a.start_on + make_interval(years => 3 * (k + 1)))::date - 1 END AS to_date
FROM gen.a1 a CROSS JOIN gen.p p
CROSS JOIN LATERAL generate_series(0, CASE WHEN a.part IN ('MAIN', 'SUCCESSOR')
                                           THEN (coalesce(a.ended_on, p.today) - a.start_on) / CASE WHEN a.kind = 'BTA' THEN 365 ELSE 1095 END + 1
                                           ELSE 0 END) k
WHERE k = 0 OR (a.part IN ('MAIN', 'SUCCESSOR')
                AND CASE WHEN a.kind = 'BTA' THEN (a.start_on + interval '2 months' + make_interval(years => k - 1))::date
                         ELSE (a.start_on + make_interval(years => 3 * k))::date END <= coalesce(a.ended_on, p.today));

ANALYZE gen.per;

-- EXPIRED: about a third of the running agreements whose last renewal began in the last six weeks were not renewed
DELETE FROM gen.per x USING (SELECT y.ano, max(y.seq) AS seq FROM gen.per y GROUP BY y.ano) l, gen.a1 a, gen.p p
WHERE l.ano = x.ano AND l.seq = x.seq AND a.ano = x.ano AND a.ended_on IS NULL AND a.part IN ('MAIN', 'SUCCESSOR') AND x.seq > 1
  AND x.from_date > p.today - 42 AND gen.r(a.ano, 503) < 0.33;
ALTER TABLE gen.per ADD PRIMARY KEY (ano, seq);

-- ------------------------------------------------------------------ notice, move-out, destination
-- A BTA ended for breaches or arrears had the municipality's notice (a termination decision, R-SAN-12); about half of
-- the other move-outs followed the resident's own notice; a BTA move-out for breaches or arrears without room for the
-- notice before it counts as no termination. A running agreement whose stay ends within the next weeks often has
-- notice given already.
CREATE UNLOGGED TABLE gen.a AS
SELECT a.*, pe.end_date, pe.periods, n.by AS notice_by, n.given AS notice_given_on,
       CASE WHEN n.by IS NULL THEN NULL WHEN a.kind = 'BTA' THEN n.given + a.notice_days
            ELSE (date_trunc('month', n.given) + interval '4 months')::date - 1 END AS notice_effective_on,
       CASE WHEN n.by = 'MUNICIPALITY' THEN CASE WHEN g.ground = 'ARREARS' OR (a.ended_on IS NULL AND gen.r(a.ano, 509) < 0.3)
                                                 THEN 'Oppsagt etter vedtak om oppsigelse (manglende betaling)'
                                                 ELSE 'Oppsagt etter vedtak om oppsigelse (gjentatte alvorlige brudd)' END
            WHEN n.by = 'RESIDENT' THEN (ARRAY['Har fått kommunal utleiebolig', 'Har fått leiekontrakt på en privat leilighet',
                                               'Skal begynne i døgnbehandling', 'Flytter til familie'])[gen.ri(a.ano, 506, 1, 4)] END AS notice_reason,
       CASE WHEN a.end_reason <> 'MOVED_OUT' THEN NULL
            WHEN a.kind = 'BTA' AND g.ground <> 'NONE' AND n.by IS NULL THEN 'NONE' ELSE g.ground END AS termination_ground,
       CASE WHEN a.end_reason = 'MOVED_OUT' THEN CASE WHEN a.next_link = 'MOVED_ON' THEN 'OTHER_FACILITY'
                                                      ELSE gen.pick(nm.destination, a.ano, 505) END END AS destination
FROM gen.a1 a CROSS JOIN gen.p p CROSS JOIN gen.nm nm
JOIN (SELECT ano, max(to_date) AS end_date, count(*)::int AS periods FROM gen.per GROUP BY ano) pe ON pe.ano = a.ano
CROSS JOIN LATERAL (SELECT CASE WHEN gen.r(a.ano, 504) < 0.06 THEN 'BREACHES' WHEN gen.r(a.ano, 504) < 0.09 THEN 'ARREARS'
                                ELSE 'NONE' END AS ground) g
CROSS JOIN LATERAL (
    SELECT CASE WHEN a.ended_on IS NOT NULL AND a.end_reason = 'MOVED_OUT' THEN
                     CASE WHEN a.kind = 'BTA' AND g.ground <> 'NONE' THEN 'MUNICIPALITY'
                          WHEN g.ground = 'NONE' AND gen.r(a.ano, 507) < 0.5 THEN 'RESIDENT' END
                 WHEN a.ended_on IS NULL AND a.part IN ('MAIN', 'SUCCESSOR') AND a.signed_on IS NOT NULL
                      AND a.planned_end <= p.today + CASE WHEN a.kind = 'BTA' THEN 25 ELSE 100 END AND gen.r(a.ano, 507) < 0.6 THEN
                     CASE WHEN a.kind = 'BTA' AND gen.r(a.ano, 508) < 0.12 THEN 'MUNICIPALITY' ELSE 'RESIDENT' END END AS by0,
           least(p.today, greatest(a.start_on + 1, coalesce(a.ended_on, a.planned_end)
                   - CASE WHEN a.kind = 'BTA' THEN 14 + gen.ri(a.ano, 510, 0, 10) ELSE 95 + gen.ri(a.ano, 510, 0, 20) END)) AS given0
) n0
CROSS JOIN LATERAL (
    SELECT CASE WHEN n0.given0 <= coalesce(a.ended_on, p.today) AND n0.given0 > a.start_on THEN n0.by0 END AS by,
           CASE WHEN n0.by0 IS NOT NULL AND n0.given0 <= coalesce(a.ended_on, p.today) AND n0.given0 > a.start_on THEN n0.given0 END AS given
) n;
ALTER TABLE gen.a ADD PRIMARY KEY (ano);
CREATE INDEX ON gen.a (sno);
ALTER TABLE gen.a ADD COLUMN notice_ground text;
UPDATE gen.a SET notice_ground = CASE WHEN notice_reason LIKE '%betaling%' THEN 'ARREARS' ELSE 'BREACHES' END WHERE notice_by = 'MUNICIPALITY';
ANALYZE gen.a;

-- ------------------------------------------------------------------ the agreements
INSERT INTO agreement (id, kind, person_id, facility_id, unit_id, intake_id, predecessor_id, start_date, end_date, monthly_fee_ore,
                       fee_includes, notice_days, rules_version_id, resident_signed_on, resident_signature_by,
                       municipality_signed_on, municipality_signed_by, primary_contact, primary_contact_appointed_by,
                       primary_contact_appointed_at, individual_plan, cooperation_goals, cooperation_needs,
                       cooperation_staff_provide, deposit_ore, deposit_paid_on, deposit_returned_on, deposit_withheld_ore,
                       deposit_withheld_reason, insurance_informed_on, moved_in_on, occupancy_id, notice_given_on, notice_by,
                       notice_reason, notice_effective_on, moved_out_on, destination, termination_ground, ended_on, end_reason,
                       created_at, created_by, version, notice_decision_id, notice_ground, void_reason)
SELECT a.id, a.kind, gen.id('person', a.pno), a.facility_id, a.unit_id, CASE WHEN a.ino IS NOT NULL THEN gen.id('intake', a.ino) END,
       a.pred_id, a.start_on, a.end_date, a.fee0,
       CASE WHEN a.kind = 'BTA' THEN '{Hybel,Strøm,"Oppfølging av personalet"}' ELSE '{Leilighet}' END::text[],
       a.notice_days, CASE WHEN a.signed_on IS NOT NULL THEN a.rules_id END,
       a.signed_on, CASE WHEN a.signed_on IS NOT NULL THEN a.staff END,
       a.signed_on, CASE WHEN a.signed_on IS NOT NULL THEN a.leader END,
       CASE WHEN a.part <> 'DRAFT' OR gen.r(a.ano, 511) < 0.7 THEN gen.pick(nm.contact, a.ano, 512) END,
       CASE WHEN a.part <> 'DRAFT' OR gen.r(a.ano, 511) < 0.7 THEN a.leader END,
       CASE WHEN a.part <> 'DRAFT' OR gen.r(a.ano, 511) < 0.7 THEN gen.at(a.created_on, '10:15') END,
       CASE WHEN a.part = 'DRAFT' AND gen.r(a.ano, 511) >= 0.5 THEN NULL WHEN gen.r(a.ano, 513) < 0.6 THEN 'ACCEPTED' ELSE 'DECLINED' END,
       CASE WHEN (a.part <> 'DRAFT' OR gen.r(a.ano, 511) < 0.5) AND gen.r(a.ano, 513) >= 0.6 THEN 'Holde seg rusfri, komme i aktivitet, styre egen økonomi.' END,
       CASE WHEN (a.part <> 'DRAFT' OR gen.r(a.ano, 511) < 0.5) AND gen.r(a.ano, 513) >= 0.6 THEN 'Faste samtaler og hjelp til budsjett.' END,
       CASE WHEN (a.part <> 'DRAFT' OR gen.r(a.ano, 511) < 0.5) AND gen.r(a.ano, 513) >= 0.6 THEN 'Primærkontaktsamtale hver uke, budsjettveiledning hver måned.' END,
       CASE WHEN a.moved_in_on IS NOT NULL THEN CASE WHEN a.kind = 'BTA' THEN 100000 ELSE 1200000 END END,
       CASE WHEN a.moved_in_on IS NOT NULL THEN a.moved_in_on END,
       CASE WHEN a.end_reason = 'MOVED_OUT' AND a.ended_on + 2 <= p.today THEN a.ended_on + 2 END,
       CASE WHEN a.end_reason = 'MOVED_OUT' AND a.ended_on + 2 <= p.today AND gen.r(a.ano, 514) < 0.05 THEN 50000 END,
       CASE WHEN a.end_reason = 'MOVED_OUT' AND a.ended_on + 2 <= p.today AND gen.r(a.ano, 514) < 0.05 THEN 'Nøkkel ikke levert tilbake' END,
       CASE WHEN a.moved_in_on IS NOT NULL THEN a.moved_in_on END,
       a.moved_in_on, a.occupancy_id, a.notice_given_on, a.notice_by, a.notice_reason, a.notice_effective_on,
       CASE WHEN a.end_reason = 'MOVED_OUT' THEN a.ended_on END, a.destination, a.termination_ground, a.ended_on, a.end_reason,
       CASE WHEN a.migrated THEN gen.at(p.t0 - 1, '02:00') WHEN a.part = 'SUCCESSOR' THEN gen.at(a.start_on, '00:05')
            ELSE gen.at(a.created_on, '10:00') END,
       CASE WHEN a.migrated THEN 'migrering' WHEN a.part = 'SUCCESSOR' THEN 'system' ELSE a.staff END,
       CASE WHEN a.migrated THEN 1 ELSE 6 + a.periods END,
       CASE WHEN a.notice_by = 'MUNICIPALITY' THEN gen.id('termination', a.ano) END,
       a.notice_ground,
       CASE WHEN a.part = 'VOIDED' THEN 'Søkeren ønsket likevel ikke plassen' END
FROM gen.a a CROSS JOIN gen.p p CROSS JOIN gen.nm nm;

-- the occupancy of each stay: from the move-in, to the day after the move-out (R-AGR-8), never released
INSERT INTO unit_reservation (id, unit_id, kind, period, released_at, created_at)
SELECT gen.id('occupancy', s.sno), u.id, 'OCCUPANCY', daterange(s.start_on, CASE WHEN s.ended THEN s.end_on + 1 END), NULL,
       CASE WHEN s.start_on < p.t0 THEN gen.at(p.t0 - 1, '02:00') ELSE gen.at(s.start_on, '12:00') END
FROM gen.slot s JOIN gen.u u ON u.uno = s.uno CROSS JOIN gen.p p;

INSERT INTO agreement_period (agreement_id, seq, from_date, to_date, created_at, created_by)
SELECT a.id, x.seq, x.from_date, x.to_date,
       CASE WHEN a.migrated AND x.from_date - 6 < p.t0 THEN gen.at(p.t0 - 1, '02:00') WHEN x.seq = 1 THEN gen.at(a.created_on, '10:00')
            ELSE gen.at(x.from_date - 6, '09:45') END,
       CASE WHEN a.migrated AND x.from_date - 6 < p.t0 THEN 'migrering' WHEN x.seq = 1 THEN coalesce(CASE WHEN a.part = 'SUCCESSOR' THEN 'system' END, a.staff)
            ELSE a.leader END
FROM gen.per x JOIN gen.a a ON a.ano = x.ano CROSS JOIN gen.p p;

-- R-AGR-1: every renewal after an evaluation meeting eight days before the period ended
INSERT INTO agreement_evaluation (id, agreement_id, held_on, summary, created_at, created_by)
SELECT gen.id('evaluation', a.ano * 100 + x.seq), a.id, x.from_date - 8,
       (ARRAY['Rusfri i perioden og følger avtalene. Enighet om å fornye.', 'Ett avvik håndtert med muntlig advarsel; ellers stabil. Fornyes.',
              'God kontakt med personalet, i aktivitet tre dager i uka. Fornyes for en ny periode.',
              'Stabil, betaler egenbetalingen. Plan for overgang til egen bolig.'])[gen.ri(a.ano * 100 + x.seq, 520, 1, 4)],
       CASE WHEN a.migrated AND x.from_date - 8 < p.t0 THEN gen.at(p.t0 - 1, '02:00') ELSE gen.at(x.from_date - 8, '14:00') END,
       CASE WHEN a.migrated AND x.from_date - 8 < p.t0 THEN 'migrering' ELSE a.leader END
FROM gen.per x JOIN gen.a a ON a.ano = x.ano CROSS JOIN gen.p p WHERE x.seq > 1;

-- R-AGR-3: the fee at the start, and the yearly change from 1 January, notified in October (only for BTA)
CREATE TABLE gen.fee AS
SELECT a.ano, a.start_on AS effective_from, a.fee0 AS fee, NULL::date AS notified_on FROM gen.a a
UNION ALL
SELECT a.ano, j.day, gen.fee_in(a.fee_now, p.year_now, extract(year FROM j.day)::int), j.day - 78
FROM gen.a a CROSS JOIN gen.p p
CROSS JOIN LATERAL (SELECT make_date(y, 1, 1) AS day
                    FROM generate_series(extract(year FROM a.start_on)::int + 1, p.year_now + 1) y) j
WHERE a.kind = 'BTA' AND a.part IN ('MAIN', 'SUCCESSOR') AND j.day <= coalesce(a.ended_on, p.today + 78)
  AND gen.fee_in(a.fee_now, p.year_now, extract(year FROM j.day)::int) <> gen.fee_in(a.fee_now, p.year_now, extract(year FROM j.day)::int - 1);
INSERT INTO agreement_fee (agreement_id, effective_from, monthly_fee_ore, notified_on, created_at, created_by)
SELECT a.id, x.effective_from, x.fee, x.notified_on,
       CASE WHEN a.migrated AND coalesce(x.notified_on, x.effective_from) < p.t0 THEN gen.at(p.t0 - 1, '02:00')
            WHEN x.notified_on IS NULL THEN gen.at(a.created_on, '10:00') ELSE gen.at(x.notified_on, '13:30') END,
       CASE WHEN a.migrated AND coalesce(x.notified_on, x.effective_from) < p.t0 THEN 'migrering'
            WHEN x.notified_on IS NULL THEN coalesce(CASE WHEN a.part = 'SUCCESSOR' THEN 'system' END, a.staff) ELSE a.leader END
FROM gen.fee x JOIN gen.a a ON a.ano = x.ano CROSS JOIN gen.p p;

-- ------------------------------------------------------------------ conversions (R-FAC-3)
INSERT INTO facility_conversion (id, facility_id, from_kind, to_kind, effective_on, reason, rules_change_note, status, proposed_at,
                                 proposed_by, approved_at, approved_by, done_at, done_by, rules_version_id, ended_agreements,
                                 successor_drafts, version)
SELECT gen.id('conversion', f.fno), f.id, 'BTA', 'LEASE', f.conv_on,
       'Beboerne har behov for varig bolig; tilbudet gjøres om til ordinære husleiekontrakter.',
       'Husordensregler for leieforhold', 'DONE', gen.at(f.conv_on - 70, '10:00'), f.leader, gen.at(f.conv_on - 60, '11:00'), f.leader2,
       gen.at(f.conv_on, '00:05'), 'system', f.rules_v2, coalesce(x.ended, '{}'), coalesce(x.successors, '{}'), 3
FROM gen.f f
LEFT JOIN (SELECT a.fno, array_agg(a.id ORDER BY a.ano) FILTER (WHERE a.end_reason = 'CONVERTED') AS ended,
                  array_agg(a.id ORDER BY a.ano) FILTER (WHERE a.part = 'SUCCESSOR') AS successors
           FROM gen.a a WHERE a.end_reason = 'CONVERTED' OR a.part = 'SUCCESSOR' GROUP BY a.fno) x ON x.fno = f.fno
WHERE f.conv_on IS NOT NULL;

INSERT INTO facility_conversion_rule (conversion_id, category, number, text)
SELECT gen.id('conversion', f.fno), r.category, r.number, r.text FROM gen.f f JOIN gen.rules r ON r.kind = 'LEASE' WHERE f.conv_on IS NOT NULL;

-- ------------------------------------------------------------------ payment set-up, follow-up, housing benefit
INSERT INTO payment_setup (agreement_id, method, deduction_agreement_signed_on, updated_at, updated_by)
SELECT a.id, m.method, CASE WHEN m.method = 'DIRECT_DEDUCTION' THEN a.start_on - 1 END,
       CASE WHEN a.migrated THEN gen.at(p.t0 - 1, '02:00') ELSE gen.at(a.start_on, '11:30') END,
       CASE WHEN a.migrated THEN 'migrering' ELSE a.staff END
FROM gen.a a CROSS JOIN gen.p p
CROSS JOIN LATERAL (SELECT CASE WHEN gen.r(a.ano, 530) < 0.4 THEN 'DIRECT_DEDUCTION' WHEN gen.r(a.ano, 530) < 0.75 THEN 'STANDING_ORDER'
                                ELSE 'INVOICE' END AS method) m
WHERE a.collected AND a.moved_in_on IS NOT NULL;

INSERT INTO follow_up_meeting (id, agreement_id, kind, held_on, note, created_at, created_by)
SELECT gen.id('meeting', a.ano * 100 + k), a.id, CASE WHEN k = 2 THEN 'RESPONSIBILITY_GROUP' ELSE 'PRIMARY_CONTACT_TALK' END,
       m.held, (ARRAY['God start. Har kommet i gang med aktivitet.', 'Gjennomgått husordensreglene og ukeplanen.',
                      'Snakket om økonomi og bostøtte.', 'Snakket om veien videre og søknad om egen bolig.'])[gen.ri(a.ano * 100 + k, 531, 1, 4)],
       gen.at(m.held, CASE WHEN k = 2 THEN '15:30'::interval ELSE '16:00'::interval END),
       CASE WHEN k = 2 THEN a.leader ELSE a.staff END
FROM gen.a a CROSS JOIN gen.p p CROSS JOIN generate_series(1, 6) k
CROSS JOIN LATERAL (SELECT a.start_on + CASE WHEN k = 1 THEN 14 WHEN k = 2 THEN 30 ELSE 120 * (k - 2) END AS held) m
WHERE a.kind = 'BTA' AND NOT a.migrated AND a.part = 'MAIN' AND a.moved_in_on IS NOT NULL
  AND m.held <= least(p.today, coalesce(a.ended_on, p.today)) AND (k <> 2 OR gen.r(a.ano, 532) < 0.3);

INSERT INTO responsibility_group_member (agreement_id, position, name, represents)
SELECT a.id, n, CASE WHEN n = 1 THEN 'Beboeren selv' ELSE gen.pick(nm.contact, a.ano * 10 + n, 533) END,
       (ARRAY['Beboeren selv', 'Primærkontakt', 'NAV', 'Fastlege', 'Rus- og psykiatritjenesten'])[n]
FROM gen.a a CROSS JOIN gen.nm nm CROSS JOIN generate_series(1, 5) n
WHERE a.kind = 'BTA' AND NOT a.migrated AND a.part = 'MAIN' AND a.moved_in_on IS NOT NULL AND gen.r(a.ano, 532) < 0.3;

INSERT INTO housing_benefit (id, agreement_id, status, applied_on, amount_ore, from_date, to_date, updated_at, updated_by)
SELECT gen.id('housing-benefit', a.ano), a.id, st.status, a.start_on + 10,
       CASE WHEN st.status = 'GRANTED' THEN 100000 + 5000 * gen.ri(a.ano, 541, 0, 30) END,
       CASE WHEN st.status = 'GRANTED' THEN (date_trunc('month', a.start_on) + interval '1 month')::date END,
       CASE WHEN st.status = 'GRANTED' THEN a.ended_on END,
       gen.at(a.start_on + CASE WHEN st.status = 'APPLIED' THEN 10 ELSE 40 END, '10:00'), a.staff
FROM gen.a a CROSS JOIN gen.p p
CROSS JOIN LATERAL (SELECT CASE WHEN a.start_on + 40 > p.today THEN 'APPLIED' WHEN gen.r(a.ano, 540) < 0.82 THEN 'GRANTED'
                                ELSE 'REFUSED' END AS status) st
WHERE a.part = 'MAIN' AND NOT a.migrated AND a.moved_in_on IS NOT NULL AND a.start_on + 10 <= p.today AND gen.r(a.ano, 542) < 0.25;

-- ------------------------------------------------------------------ the timeline (agreement_event)
-- An agreement running when the history begins has one event for its migration; its later steps (renewals, fee
-- changes, notice, move-out) are recorded as they happened. The timeline is read per agreement in id order, so an
-- event's id is its agreement's number x 10^9 + the minute it happened (from ten days before the history) x 100 +
-- the step: in time order within the agreement, without sorting millions of rows; the sequence continues after the
-- largest.
INSERT INTO agreement_event (id, agreement_id, type, at, by_user, summary)
SELECT e.ano::bigint * 1000000000 + (extract(epoch FROM e.at - gen.at(p.t0, '00:00'))::bigint / 60 + 14400) * 100 + e.ord,
       a.id, e.type, e.at, e.by_user, e.summary
FROM (
    SELECT a.ano, 0 AS ord, 'MIGRATED' AS type, gen.at(p.t0 - 1, '02:00') AS at, 'migrering' AS by_user,
           'Overført fra tidligere fagsystem' AS summary
    FROM gen.a a CROSS JOIN gen.p p WHERE a.migrated
    UNION ALL
    SELECT a.ano, 1, 'DRAFTED', CASE WHEN a.part = 'SUCCESSOR' THEN gen.at(a.start_on, '00:05') ELSE gen.at(a.created_on, '10:00') END,
           CASE WHEN a.part = 'SUCCESSOR' THEN 'system' ELSE a.staff END,
           CASE WHEN a.part = 'SUCCESSOR' THEN 'Utkast til husleiekontrakt som erstatter avtalen fra ' || gen.nb(a.moved_in_on)
                ELSE 'Utkast til ' || CASE WHEN a.kind = 'BTA' THEN 'bo- og tjenesteavtale' ELSE 'husleiekontrakt' END
                     || ' for perioden ' || gen.nb(a.start_on) || '–' || gen.nb(x.to_date) END
    FROM gen.a a JOIN gen.per x ON x.ano = a.ano AND x.seq = 1 WHERE NOT a.migrated
    UNION ALL
    SELECT a.ano, 2, 'PRIMARY_CONTACT', gen.at(a.created_on, '10:15'), a.leader, 'Primærkontakt oppnevnt'
    FROM gen.a a WHERE NOT a.migrated AND a.part IN ('MAIN', 'VOIDED')
    UNION ALL
    SELECT a.ano, 3, 'SIGNED_BY_RESIDENT', gen.at(a.signed_on, '11:00'), a.staff, 'Signert av beboeren ' || gen.nb(a.signed_on)
    FROM gen.a a WHERE a.signed_on IS NOT NULL AND NOT a.migrated
    UNION ALL
    SELECT a.ano, 4, 'SIGNED_BY_MUNICIPALITY', gen.at(a.signed_on, '11:05'), a.leader,
           'Signert for kommunen av ' || a.leader || ' ' || gen.nb(a.signed_on)
    FROM gen.a a WHERE a.signed_on IS NOT NULL AND NOT a.migrated
    UNION ALL
    SELECT a.ano, 5, 'ACTIVE', gen.at(a.signed_on, '11:05'), a.leader, 'Avtalen er signert av begge parter og gjelder'
    FROM gen.a a WHERE a.signed_on IS NOT NULL AND NOT a.migrated
    UNION ALL
    SELECT a.ano, 6, 'MOVED_IN', gen.at(a.start_on, '12:00'), a.staff, 'Flyttet inn ' || gen.nb(a.start_on)
    FROM gen.a a WHERE NOT a.migrated AND a.part = 'MAIN'
    UNION ALL
    SELECT a.ano, 7, 'EVALUATED', gen.at(x.from_date - 8, '14:00'), a.leader, 'Evalueringsmøte holdt ' || gen.nb(x.from_date - 8)
    FROM gen.per x JOIN gen.a a ON a.ano = x.ano CROSS JOIN gen.p p WHERE x.seq > 1 AND x.from_date - 8 >= p.t0
    UNION ALL
    SELECT a.ano, 8, 'RENEWED', gen.at(x.from_date - 6, '09:45'), a.leader,
           'Fornyet for perioden ' || gen.nb(x.from_date) || '–' || gen.nb(x.to_date)
    FROM gen.per x JOIN gen.a a ON a.ano = x.ano CROSS JOIN gen.p p WHERE x.seq > 1 AND x.from_date - 8 >= p.t0
    UNION ALL
    SELECT a.ano, 9, 'FEE_CHANGED', gen.at(x.notified_on, '13:30'), a.leader,
           'Egenbetaling endres til kr ' || gen.kr(x.fee) || ' fra ' || gen.nb(x.effective_from) || ' (varslet ' || gen.nb(x.notified_on) || ')'
    FROM gen.fee x JOIN gen.a a ON a.ano = x.ano CROSS JOIN gen.p p
    WHERE x.notified_on IS NOT NULL AND x.notified_on >= p.t0
    UNION ALL
    SELECT a.ano, 10, 'NOTICE_GIVEN', gen.at(a.notice_given_on, '14:20'), CASE WHEN a.notice_by = 'MUNICIPALITY' THEN a.leader ELSE a.staff END,
           'Oppsagt av ' || CASE WHEN a.notice_by = 'RESIDENT' THEN 'beboeren' ELSE 'kommunen' END || ' ' || gen.nb(a.notice_given_on)
           || ', fra ' || gen.nb(a.notice_effective_on) || ': ' || a.notice_reason
    FROM gen.a a CROSS JOIN gen.p p WHERE a.notice_given_on IS NOT NULL AND a.notice_given_on >= p.t0
    UNION ALL
    SELECT a.ano, 11, 'MOVED_OUT', gen.at(a.ended_on, '15:00'), a.staff,
           'Flyttet ut ' || gen.nb(a.ended_on) || ' til ' || a.destination
           || CASE WHEN a.termination_ground = 'NONE' THEN '' ELSE ' etter oppsigelse (' || a.termination_ground || ')' END
    FROM gen.a a WHERE a.end_reason = 'MOVED_OUT'
    UNION ALL
    SELECT a.ano, 12, 'CONVERTED', gen.at(a.ended_on + 1, '00:05'), 'system',
           'Avsluttet ved omgjøring av ' || f.name || ' til husleiekontrakter'
    FROM gen.a a JOIN facility f ON f.id = a.facility_id WHERE a.end_reason = 'CONVERTED'
    UNION ALL
    SELECT a.ano, 13, 'VOIDED', gen.at(a.ended_on, '11:00'), a.leader, 'Avtalen er annullert før innflytting: Søkeren ønsket likevel ikke plassen'
    FROM gen.a a WHERE a.end_reason = 'VOIDED'
) e JOIN gen.a a ON a.ano = e.ano CROSS JOIN gen.p p;
