-- Step 7: incidents, sanctions and the control regime (R-SAN-1 … R-SAN-12). Incidents happen during stays, more often
-- to some residents than to others, in the categories a facility of that kind sees; about 40 % lead to a measure on
-- the lawful ladder of the agreement's kind (SanctionPolicy): mostly oral warnings, written warnings or complaints,
-- and on a BTA some exclusions (four-eyes approval, alternative accommodation for the whole period, a forhåndsvarsel
-- or, for violence, urgency; appealed now and then). Every BTA ended or being ended by the municipality has its
-- approved and notified termination decision (agreement.notice_decision_id, R-SAN-12) with its forhåndsvarsel and
-- the incident it cites; a tenancy ended for breaches or arrears has its referral to the owner (R-SAN-6). Plus
-- entries without consent (R-SAN-8) and visitor bans (R-SAN-9).
\set ON_ERROR_STOP 1

-- the stays incidents can happen in
CREATE UNLOGGED TABLE gen.st AS
SELECT a.ano, a.id AS agreement_id, a.pno, a.fno, a.kind, a.facility_id, a.staff, a.leader, a.leader2,
       greatest(a.moved_in_on, a.start_on, p.t0) AS from_day, coalesce(a.ended_on, p.today) AS to_day,
       coalesce(a.ended_on, p.today) - greatest(a.moved_in_on, a.start_on, p.t0) + 1 AS days,
       CASE WHEN gen.r(a.ano, 701) < 0.3 THEN 3.0 ELSE 0.55 END AS temper
FROM gen.a a CROSS JOIN gen.p p
WHERE a.moved_in_on IS NOT NULL AND a.part IN ('MAIN', 'SUCCESSOR');
ANALYZE gen.st;

-- incidents: a rate per resident-day chosen so that the total comes out at the target
CREATE UNLOGGED TABLE gen.inc AS
WITH rate AS (SELECT (SELECT n_incidents FROM gen.p)::float8 / sum(days * temper) AS per_day FROM gen.st)
SELECT row_number() OVER (ORDER BY s.ano, k)::int AS nno, s.*, x.day,
       CASE WHEN s.kind = 'BTA' THEN
                CASE WHEN c < 0.30 THEN 'SUBSTANCE_USE' WHEN c < 0.50 THEN 'NOISE_AND_DISTURBANCE' WHEN c < 0.62 THEN 'UNLAWFUL_OVERNIGHT_GUEST'
                     WHEN c < 0.77 THEN 'HOUSE_RULE_BREACH' WHEN c < 0.83 THEN 'HMS_BREACH' WHEN c < 0.88 THEN 'DAMAGE'
                     WHEN c < 0.95 THEN 'VIOLENCE_OR_THREATS' WHEN c < 0.97 THEN 'WEAPONS_OR_THREATENING_OBJECTS' WHEN c < 0.98 THEN 'ANIMALS'
                     ELSE 'NON_PAYMENT' END
            ELSE CASE WHEN c < 0.40 THEN 'NOISE_AND_DISTURBANCE' WHEN c < 0.65 THEN 'HOUSE_RULE_BREACH' WHEN c < 0.80 THEN 'HMS_BREACH'
                      WHEN c < 0.95 THEN 'DAMAGE' ELSE 'NON_PAYMENT' END END AS category
FROM gen.st s CROSS JOIN rate
CROSS JOIN LATERAL generate_series(1, floor(s.days * s.temper * rate.per_day + gen.r(s.ano, 702))::int) k
CROSS JOIN LATERAL (SELECT s.from_day + floor(gen.r(s.ano * 1000 + k, 703) * s.days)::int AS day,
                           gen.r(s.ano * 1000 + k, 704) AS c) x;

ALTER TABLE gen.inc ADD COLUMN id uuid, ADD COLUMN at timestamptz, ADD COLUMN rules_id uuid, ADD COLUMN serious boolean;
UPDATE gen.inc i SET id = gen.id('incident', i.nno),
                     at = gen.at(i.day, make_interval(hours => gen.ri(i.nno, 705, 0, 23), mins => gen.ri(i.nno, 706, 0, 59))),
                     rules_id = CASE WHEN f.rules_v2 IS NOT NULL AND f.v2_from <= i.day THEN f.rules_v2 ELSE f.rules_v1 END,
                     serious = i.category IN ('VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS') OR gen.r(i.nno, 707) < 0.05
FROM gen.f f WHERE f.fno = i.fno;
-- an incident is recorded the same day or the next morning; none after today
UPDATE gen.inc SET at = least(at, now() - interval '1 hour');
ANALYZE gen.inc;

-- the terminations: a BTA with the municipality's notice, and a tenancy ended for breaches or arrears
CREATE UNLOGGED TABLE gen.term AS
SELECT a.ano, a.id AS agreement_id, a.pno, a.fno, a.kind, a.facility_id, a.staff, a.leader, a.leader2,
       CASE WHEN a.kind = 'BTA' THEN a.notice_given_on ELSE a.ended_on - 100 END AS decided_on,
       greatest(a.moved_in_on, a.start_on) AS from_day,
       CASE WHEN a.kind = 'BTA' THEN a.notice_ground ELSE a.termination_ground END AS ground,
       a.ended_on, a.end_reason
FROM gen.a a
WHERE (a.kind = 'BTA' AND a.notice_by = 'MUNICIPALITY')
   OR (a.kind = 'LEASE' AND a.end_reason = 'MOVED_OUT' AND a.termination_ground IN ('BREACHES', 'ARREARS')
       AND a.ended_on - 100 > greatest(a.moved_in_on, a.start_on));
-- the incident each termination cites
INSERT INTO gen.inc (nno, ano, agreement_id, pno, fno, kind, facility_id, staff, leader, leader2, day, category, id, at, rules_id, serious)
SELECT (SELECT max(nno) FROM gen.inc) + row_number() OVER (ORDER BY t.ano), t.ano, t.agreement_id, t.pno, t.fno, t.kind, t.facility_id,
       t.staff, t.leader, t.leader2, greatest(t.from_day, t.decided_on - 35),
       CASE WHEN t.ground = 'ARREARS' THEN 'NON_PAYMENT' ELSE 'HOUSE_RULE_BREACH' END,
       gen.id('termination-incident', t.ano), gen.at(greatest(t.from_day, t.decided_on - 35), '11:00'),
       CASE WHEN f.rules_v2 IS NOT NULL AND f.v2_from <= greatest(t.from_day, t.decided_on - 35) THEN f.rules_v2 ELSE f.rules_v1 END, true
FROM gen.term t JOIN gen.f f ON f.fno = t.fno;

INSERT INTO incident (id, facility_id, occurred_at, categories, serious, rules_version_id, rule_numbers, description, police_contacted,
                      police_reason, created_at, created_by)
SELECT i.id, i.facility_id, i.at, ARRAY[i.category], i.serious, i.rules_id,
       CASE i.category WHEN 'SUBSTANCE_USE' THEN '{3}' WHEN 'VIOLENCE_OR_THREATS' THEN '{1}' WHEN 'WEAPONS_OR_THREATENING_OBJECTS' THEN '{2}'
                       WHEN 'NOISE_AND_DISTURBANCE' THEN '{4}' WHEN 'UNLAWFUL_OVERNIGHT_GUEST' THEN '{5}' WHEN 'ANIMALS' THEN '{8}'
                       ELSE '{}' END::int[],
       CASE i.category
           WHEN 'SUBSTANCE_USE' THEN 'Beboeren var tydelig ruset på fellesarealet, og det ble funnet rusmidler på hybelen.'
           WHEN 'NOISE_AND_DISTURBANCE' THEN 'Høy musikk og bråk etter kl. 23.00; andre beboere klaget.'
           WHEN 'UNLAWFUL_OVERNIGHT_GUEST' THEN 'En gjest overnattet på hybelen uten avtale.'
           WHEN 'HOUSE_RULE_BREACH' THEN 'Brudd på husordensreglene om besøk og fellesarealer.'
           WHEN 'HMS_BREACH' THEN 'Røykvarsleren var koblet fra ved HMS-runden.'
           WHEN 'DAMAGE' THEN 'Skade på dør og inventar på boenheten.'
           WHEN 'VIOLENCE_OR_THREATS' THEN 'Beboeren truet en ansatt verbalt og slo i veggen.'
           WHEN 'WEAPONS_OR_THREATENING_OBJECTS' THEN 'Det ble funnet en kniv på hybelen etter trusler mot en annen beboer.'
           WHEN 'ANIMALS' THEN 'Beboeren hadde en hund boende på hybelen.'
           ELSE 'Egenbetalingen er ikke betalt for flere måneder, og beboeren har ikke svart på purringer.' END,
       i.category IN ('VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS') AND gen.r(i.nno, 708) < 0.5,
       CASE WHEN i.category IN ('VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS') AND gen.r(i.nno, 708) < 0.5 THEN
            CASE WHEN i.category = 'WEAPONS_OR_THREATENING_OBJECTS' THEN 'SUSPECTED_WEAPONS' ELSE 'EXCLUSION_OF_THREATENING_PERSON' END END,
       i.at + interval '2 hours', i.staff
FROM gen.inc i;

INSERT INTO incident_person (incident_id, person_id) SELECT i.id, gen.id('person', i.pno) FROM gen.inc i;

-- ------------------------------------------------------------------ measures from incidents
CREATE UNLOGGED TABLE gen.san AS
SELECT i.nno, i.ano, i.agreement_id, i.pno, i.fno, i.kind, i.facility_id, i.staff, i.leader, i.leader2, i.day, i.category, i.id AS incident_id,
       m.type, m.ground, fa.exclusion_days
FROM gen.inc i JOIN gen.f f ON f.fno = i.fno JOIN facility fa ON fa.id = i.facility_id
CROSS JOIN LATERAL (SELECT gen.r(i.nno, 710) AS r) z
CROSS JOIN LATERAL (
    SELECT CASE WHEN i.kind = 'BTA' THEN
               CASE WHEN i.category IN ('VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS') THEN
                        CASE WHEN z.r < 0.6 THEN 'EXCLUSION' ELSE 'WRITTEN_WARNING' END
                    WHEN i.category = 'SUBSTANCE_USE' THEN CASE WHEN z.r < 0.05 THEN 'EXCLUSION' WHEN z.r < 0.2 THEN 'WRITTEN_WARNING' ELSE 'ORAL_WARNING' END
                    WHEN i.category = 'DAMAGE' THEN 'WRITTEN_WARNING'
                    ELSE CASE WHEN z.r < 0.2 THEN 'WRITTEN_WARNING' ELSE 'ORAL_WARNING' END END
           ELSE CASE WHEN z.r < 0.25 THEN 'WRITTEN_COMPLAINT' ELSE 'ORAL_WARNING' END END AS type,
           CASE WHEN i.kind = 'BTA' THEN
               CASE WHEN i.category IN ('VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS') THEN
                        CASE WHEN z.r < 0.6 THEN i.category ELSE 'SERIOUS_BREACH' END
                    WHEN i.category = 'SUBSTANCE_USE' THEN CASE WHEN z.r < 0.05 THEN 'SUBSTANCE_USE' WHEN z.r < 0.2 THEN 'REPEATED_ORAL_WARNINGS' ELSE 'SUBSTANCE_USE' END
                    WHEN i.category = 'DAMAGE' THEN 'SERIOUS_BREACH'
                    ELSE CASE WHEN z.r < 0.2 THEN 'REPEATED_ORAL_WARNINGS' ELSE i.category END END
           ELSE CASE WHEN z.r < 0.25 THEN 'REPEATED_ORAL_WARNINGS' ELSE i.category END END AS ground
) m
WHERE i.category <> 'NON_PAYMENT' AND i.id NOT IN (SELECT gen.id('termination-incident', t.ano) FROM gen.term t)
  AND gen.r(i.nno, 711) < 0.43 AND i.day + 1 <= i.to_day
  -- an exclusion needs the facility's exclusion days and time before the stay ends
  AND NOT (m.type = 'EXCLUSION' AND (fa.exclusion_days IS NULL OR i.day + 12 > i.to_day));

ALTER TABLE gen.san ADD COLUMN id uuid, ADD COLUMN urgent boolean, ADD COLUMN proposed_on date, ADD COLUMN excl_from date,
    ADD COLUMN notice_id uuid, ADD COLUMN appealed_on date, ADD COLUMN outcome text, ADD COLUMN outcome_on date;
UPDATE gen.san s SET
    id = gen.id('sanction', s.nno),
    urgent = s.type = 'EXCLUSION' AND s.category IN ('VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS'),
    proposed_on = s.day + CASE WHEN s.type = 'EXCLUSION' AND s.category NOT IN ('VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS')
                               THEN 9 ELSE 1 END,
    notice_id = CASE WHEN s.type = 'EXCLUSION' AND s.category NOT IN ('VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS')
                     THEN gen.id('advance-notice', s.nno) END;
UPDATE gen.san s SET excl_from = s.proposed_on + 1 WHERE s.type = 'EXCLUSION';
-- about 8 % of the exclusions are appealed within the three weeks; the appeal is decided a month later
UPDATE gen.san s SET appealed_on = s.excl_from + 10,
                     outcome = CASE WHEN s.excl_from + 40 > p.today THEN NULL WHEN gen.r(s.nno, 712) < 0.8 THEN 'UPHELD'
                                    WHEN gen.r(s.nno, 712) < 0.9 THEN 'CHANGED' ELSE 'REVERSED' END,
                     outcome_on = CASE WHEN s.excl_from + 40 <= p.today THEN s.excl_from + 40 END
FROM gen.p p WHERE s.type = 'EXCLUSION' AND gen.r(s.nno, 713) < 0.08 AND s.excl_from + 10 <= p.today;

-- the forhåndsvarsel before an exclusion that was not urgent, and before every termination on a BTA
INSERT INTO advance_notice (id, agreement_id, facility_id, person_id, type, description, sent_on, delivered_how, statement_deadline,
                            created_at, created_by, statement_received_on, statement_text, statement_none, statement_recorded_at,
                            statement_recorded_by)
SELECT s.notice_id, s.agreement_id, s.facility_id, gen.id('person', s.pno), 'EXCLUSION',
       'Varsel om mulig bortvisning etter hendelsen ' || gen.nb(s.day) || '.', s.day + 1, 'Levert personlig', s.day + 7,
       gen.at(s.day + 1, '10:00'), s.leader,
       CASE WHEN gen.r(s.nno, 714) < 0.4 THEN s.day + 5 END,
       CASE WHEN gen.r(s.nno, 714) < 0.4 THEN 'Beboeren beklager og ber om en ny sjanse.' END,
       gen.r(s.nno, 714) >= 0.4,
       gen.at(CASE WHEN gen.r(s.nno, 714) < 0.4 THEN s.day + 5 ELSE s.day + 8 END, '09:00'), s.leader
FROM gen.san s WHERE s.notice_id IS NOT NULL
UNION ALL
SELECT gen.id('termination-notice', t.ano), t.agreement_id, t.facility_id, gen.id('person', t.pno), 'TERMINATION',
       'Varsel om mulig oppsigelse: ' || CASE WHEN t.ground = 'ARREARS' THEN 'egenbetalingen er ikke betalt.' ELSE 'gjentatte alvorlige brudd på husordensreglene.' END,
       greatest(t.from_day, t.decided_on - 30), 'Levert personlig', greatest(t.from_day, t.decided_on - 16),
       gen.at(greatest(t.from_day, t.decided_on - 30), '10:00'), t.leader,
       NULL, NULL, true, gen.at(greatest(t.from_day, t.decided_on - 15), '09:00'), t.leader
FROM gen.term t WHERE t.kind = 'BTA';

INSERT INTO advance_notice_incident (advance_notice_id, incident_id)
SELECT s.notice_id, s.incident_id FROM gen.san s WHERE s.notice_id IS NOT NULL
UNION ALL
SELECT gen.id('termination-notice', t.ano), gen.id('termination-incident', t.ano) FROM gen.term t WHERE t.kind = 'BTA';

INSERT INTO sanction (id, agreement_id, facility_id, person_id, kind, type, ground, written_grounds, proportionality, exclusion_from,
                      exclusion_to, alternative_place, alternative_from, alternative_to, proposed_at, proposed_by, approved_at,
                      approved_by, notified_on, notified_how, appeal_deadline, appealed_on, appeal_outcome, appeal_outcome_on,
                      arrears_ore, arrears_months, advance_notice_id, urgent)
SELECT s.id, s.agreement_id, s.facility_id, gen.id('person', s.pno), s.kind, s.type, s.ground,
       CASE WHEN s.type = 'EXCLUSION' THEN 'Hendelsen ' || gen.nb(s.day) || ' er et alvorlig brudd på husordensreglene.' END,
       CASE WHEN s.type = 'EXCLUSION' THEN 'En kortvarig bortvisning med alternativt botilbud vurderes som forholdsmessig.' END,
       s.excl_from, s.excl_from + s.exclusion_days - 1,
       CASE WHEN s.type = 'EXCLUSION' THEN 'Kommunens akuttovernatting' END, s.excl_from, s.excl_from + s.exclusion_days - 1,
       gen.at(s.proposed_on, '10:00'), CASE WHEN s.type = 'EXCLUSION' THEN s.leader ELSE s.staff END,
       CASE WHEN s.type = 'EXCLUSION' THEN gen.at(s.proposed_on, '12:00') END,
       CASE WHEN s.type = 'EXCLUSION' THEN s.leader2 END,
       coalesce(s.excl_from, s.proposed_on),
       CASE WHEN s.type = 'ORAL_WARNING' THEN 'Muntlig i samtale' ELSE 'Brev levert personlig' END,
       CASE WHEN s.type = 'EXCLUSION' THEN s.excl_from + 21 END,
       s.appealed_on, s.outcome, s.outcome_on, NULL, NULL, s.notice_id, s.urgent
FROM gen.san s;

INSERT INTO sanction_incident (sanction_id, incident_id) SELECT s.id, s.incident_id FROM gen.san s;

-- the terminations: approved by a second fagleder, notified the day the notice was given (agreement.notice_given_on);
-- for arrears the overdue amount and months on the day it was proposed
INSERT INTO sanction (id, agreement_id, facility_id, person_id, kind, type, ground, written_grounds, proportionality, proposed_at,
                      proposed_by, approved_at, approved_by, notified_on, notified_how, appeal_deadline, arrears_ore, arrears_months,
                      advance_notice_id, urgent)
SELECT gen.id('termination', t.ano), t.agreement_id, t.facility_id, gen.id('person', t.pno), t.kind,
       CASE WHEN t.kind = 'BTA' THEN 'TERMINATION' ELSE 'TERMINATION_REFERRAL' END,
       CASE WHEN t.ground = 'ARREARS' THEN 'NON_PAYMENT' ELSE 'SERIOUS_REPEATED_BREACHES' END,
       CASE WHEN t.ground = 'ARREARS' THEN 'Egenbetalingen er ikke betalt for flere måneder til tross for purringer og tilbud om nedbetalingsplan.'
            ELSE 'Gjentatte alvorlige brudd på husordensreglene etter skriftlige advarsler.' END,
       'Mildere tiltak er prøvd uten at forholdene er endret; oppsigelse vurderes som forholdsmessig.',
       gen.at(t.decided_on - 10, '10:00'), t.leader, gen.at(t.decided_on - 8, '13:00'), t.leader2, t.decided_on, 'Brev levert personlig',
       t.decided_on + 21,
       CASE WHEN t.ground = 'ARREARS' THEN greatest(1, coalesce(ar.ore, 0)) END,
       CASE WHEN t.ground = 'ARREARS' THEN coalesce(ar.months, ARRAY[date_trunc('month', t.decided_on - 40)::date]) END,
       CASE WHEN t.kind = 'BTA' THEN gen.id('termination-notice', t.ano) END, false
FROM gen.term t
LEFT JOIN (SELECT c.ano, sum(c.amount1)::bigint AS ore, array_agg(c.period ORDER BY c.period) AS months
           FROM gen.ch c JOIN gen.term t ON t.ano = c.ano WHERE c.unpaid AND c.period + 19 < t.decided_on - 10 GROUP BY c.ano) ar
  ON ar.ano = t.ano;

INSERT INTO sanction_incident (sanction_id, incident_id) SELECT gen.id('termination', t.ano), gen.id('termination-incident', t.ano) FROM gen.term t;

-- R-SAN-6: the referral of a tenancy to the property owner, answered with notice and ending in the move-out
INSERT INTO agreement_referral (id, agreement_id, sanction_id, status, referred_on, referred_by, responded_on, effective_on, outcome,
                                response_recorded_at, response_recorded_by, created_at, version)
SELECT gen.id('referral', t.ano), t.agreement_id, gen.id('termination', t.ano), 'NOTICE', t.decided_on, t.leader, t.decided_on + 14,
       t.ended_on, 'Utleier har sagt opp leieforholdet.', gen.at(t.decided_on + 14, '10:00'), t.leader, gen.at(t.decided_on, '13:00'), 1
FROM gen.term t WHERE t.kind = 'LEASE';

-- ------------------------------------------------------------------ entries without consent, visitor bans
INSERT INTO entry_log (id, facility_id, unit_id, ground, entered_at, staff, present, found, created_at, created_by)
SELECT gen.id('entry', s.ano * 10 + k), s.facility_id, u.id, g.ground,
       gen.at(s.from_day + floor(gen.r(s.ano * 10 + k, 720) * s.days)::int, '22:30'), s.staff || ', ' || s.leader,
       'Beboeren', CASE WHEN g.ground = 'NO_ANSWER_AT_HMS_ROUND' THEN 'Beboeren sov; alt i orden.' ELSE 'Forholdene ble tatt opp med beboeren.' END,
       gen.at(s.from_day + floor(gen.r(s.ano * 10 + k, 720) * s.days)::int, '23:30'), s.staff
FROM gen.st s JOIN gen.a a ON a.ano = s.ano JOIN gen.u u ON u.uno = a.uno
CROSS JOIN generate_series(1, 3) k
CROSS JOIN LATERAL (SELECT CASE WHEN s.kind = 'LEASE' THEN 'DANGER_TO_LIFE_OR_HEALTH'
                                ELSE (ARRAY['NO_ANSWER_AT_HMS_ROUND', 'NO_ANSWER_AT_HMS_ROUND', 'NOISE_AND_DISTURBANCE',
                                            'SUSPECTED_UNWANTED_PERSONS', 'DANGER_TO_LIFE_OR_HEALTH', 'POLICE_WARRANT'])[gen.ri(s.ano * 10 + k, 721, 1, 6)] END AS ground) g
WHERE gen.r(s.ano * 10 + k, 722) < s.days / 365.0 * CASE WHEN s.kind = 'BTA' THEN 0.15 ELSE 0.02 END
  AND s.from_day + floor(gen.r(s.ano * 10 + k, 720) * s.days)::int < (SELECT today FROM gen.p);

INSERT INTO visitor_ban (id, facility_id, issued_by, visitor, from_date, to_date, reason, created_at, created_by)
SELECT gen.id('visitor-ban', f.fno * 100 + k), f.id, CASE WHEN gen.r(f.fno * 100 + k, 730) < 0.2 THEN 'POLICE' ELSE 'STAFF' END,
       'Kjent person fra rusmiljøet (' || gen.pick((SELECT v FROM gen.names WHERE kind = 'male'), f.fno * 100 + k, 731) || ')',
       d.from_date, d.from_date + 180, 'Omsetning av rusmidler i og ved huset', gen.at(d.from_date, '12:00'), f.leader
FROM gen.f f CROSS JOIN generate_series(1, 3) k CROSS JOIN gen.p p
CROSS JOIN LATERAL (SELECT p.t0 + gen.ri(f.fno * 100 + k, 732, 0, p.today - p.t0) AS from_date) d
WHERE f.kind_now = 'BTA';
