-- Step 4: the applications with every step the intake service records (R-INT-1 … R-INT-7): registration by HVK,
-- ESIKT's priority, the allocation and its reservation, informing the applicant, the orientation meeting and the
-- answer, the vedtak om praktisk bistand, the move-in; or the withdrawal, rejection or declined offer. The rows and
-- the timeline texts follow IntakeService (and the demo data) step by step. Applications for the ten V2 facilities
-- are hvk1's and hvk2's (their token subjects), so the demo users have a caseload; ESIKT's queue is every open one.
\set ON_ERROR_STOP 1

CREATE TABLE gen.ix AS
SELECT i.ino, i.id, i.pno, i.kind, i.status, i.sno, i.fno, i.uno, i.start_on AS s, i.received_on, i.received_on + 1 AS reg,
       i.withdrawn_after, i.voided,
       f.id AS facility_id, fa.name AS facility_name, f.leader AS coordinator_user, f.leader_name AS coordinator,
       f.staff AS staff, u.id AS unit_id, u.label AS unit_label,
       i.caseworker, i.subject, i.esikt,
       -- how far the application came: 0 registered, 1 prioritised, 2 allocated, 3 informed, 4 oriented (answer),
       -- 5 decided, 6 moved in
       CASE WHEN i.kind = 'PLACED' THEN 6
            WHEN i.status = 'DECIDED' OR i.voided THEN 5
            WHEN i.status IN ('ORIENTED', 'DECLINED') THEN 4
            WHEN i.status = 'INFORMED' THEN 3
            WHEN i.status = 'ALLOCATED' OR i.withdrawn_after = 'ALLOCATED' THEN 2
            WHEN i.status = 'WAITING' OR i.withdrawn_after = 'WAITING' THEN 1
            ELSE 0 END AS level,
       1 + floor(power(gen.r(i.ino, 401), 1.3) * 3)::int AS priority,
       sl.ended AS stay_ended, sl.end_on AS stay_end
FROM gen.i i JOIN gen.f f ON f.fno = i.fno JOIN facility fa ON fa.id = f.id
LEFT JOIN gen.u u ON u.uno = i.uno
LEFT JOIN gen.slot sl ON sl.sno = i.sno;
ALTER TABLE gen.ix ADD PRIMARY KEY (ino);

-- the days of each step
ALTER TABLE gen.ix ADD COLUMN prio_on date, ADD COLUMN alloc_on date, ADD COLUMN informed_on date, ADD COLUMN oriented_on date,
    ADD COLUMN decided_on date, ADD COLUMN closed_on date;
UPDATE gen.ix SET
    prio_on = CASE WHEN level >= 1 THEN reg + 1 + CASE WHEN s IS NOT NULL THEN floor(gen.r(ino, 404) * greatest(0, least(10, s - 22 - reg)))::int
                                                      ELSE least(gen.ri(ino, 404, 0, 9), greatest(0, (SELECT today FROM gen.p) - reg - 1)) END END,
    alloc_on = CASE WHEN level >= 2 THEN s - 20 END,
    informed_on = CASE WHEN level >= 3 THEN s - 17 END,
    oriented_on = CASE WHEN level >= 4 THEN s - 12 END,
    decided_on = CASE WHEN level >= 5 THEN s - 9 END,
    closed_on = CASE WHEN status = 'REJECTED' THEN reg + gen.ri(ino, 405, 5, 40)
                     WHEN voided THEN s + 2
                     WHEN withdrawn_after = 'ALLOCATED' THEN s - gen.ri(ino, 405, 15, 19)
                     WHEN withdrawn_after = 'WAITING' THEN reg + 12 + gen.ri(ino, 405, 0, 120)
                     WHEN withdrawn_after = 'SUBMITTED' THEN reg + gen.ri(ino, 405, 2, 30)
                     WHEN status = 'DECLINED' THEN s - 12 END;
ANALYZE gen.ix;

INSERT INTO intake (id, person_id, received_on, created_at, created_by, caseworker, caseworker_subject, assessment, assessment_summary,
                    needs, wishes, facility_wishes, has_rental_housing_decision, priority, priority_reason, prioritised_at,
                    prioritised_by, informed_on, informed_by, orientation_scheduled_at, orientation_held_on,
                    orientation_participants, applicant_answer, decline_reason, withdrawn_at, withdrawal_reason, rejected_at,
                    rejection_reason, moved_in_on, version)
SELECT x.id, gen.id('person', x.pno), x.received_on, gen.at(x.reg, '09:20'), x.caseworker, x.caseworker, x.subject,
       (ARRAY['Bostedsløs etter brudd med familien; blandingsmisbruk og behov for tett oppfølging i et rusfritt bomiljø.',
              'Utskrives fra døgnbehandling uten bolig. Motivert, men stor risiko for tilbakefall uten oppfølging de første månedene.',
              'Løslates etter soning uten bolig. Har vært rusfri under soningen og ønsker å bryte med det gamle miljøet.',
              'Langvarig alkoholavhengighet; har mistet flere boliger etter restanse og klager fra naboer.',
              'Opioidavhengighet, stabil i LAR. Trenger et skjermet bomiljø og hjelp med økonomi.',
              'Psykoselidelse og amfetaminbruk (ROP). Utskrives fra akuttpsykiatrien og trenger personale til stede.',
              'Ung voksen i ettervern fra barnevernet med cannabis- og alkoholbruk; ettervernsboligen opphører.',
              'Bor på hospits. Har fått plass på et arbeidsrettet tiltak og trenger et stabilt og rusfritt sted å bo.'])[gen.ri(x.ino, 410, 1, 8)],
       (ARRAY['Bostedsløs, blandingsmisbruk, trenger tett oppfølging.', 'Etter døgnbehandling, høy risiko for tilbakefall.',
              'Løslatt etter soning, motivert for rusfrihet.', 'Alkoholavhengighet, mistet bolig.', 'Stabil i LAR, trenger skjermet bomiljø.',
              'ROP, utskrevet fra akuttpsykiatrien.', 'Ung voksen i ettervern.', 'Bor på hospits, i arbeidsrettet tiltak.'])[gen.ri(x.ino, 410, 1, 8)],
       (ARRAY['Struktur i hverdagen og hjelp med økonomi.', 'Oppfølging av medisinering og samarbeid med poliklinikk.',
              'Hjelp til arbeid, gjeld og kontakt med NAV.', 'Daglig kontakt med personalet.'])[gen.ri(x.ino, 411, 1, 4)],
       (ARRAY['Vil bo sentralt.', 'Ønsker et rusfritt sted.', 'Vil bo for seg selv.', 'Vil helst ikke tilbake til det gamle miljøet.'])[gen.ri(x.ino, 412, 1, 4)],
       ARRAY[x.facility_id], gen.r(x.ino, 413) < 0.1,
       CASE WHEN x.level >= 1 THEN x.priority END,
       CASE WHEN x.level >= 1 THEN (ARRAY['Akutt behov; uten bolig.', 'Har midlertidig tak over hodet.', 'Har bolig ut måneden.'])[x.priority] END,
       CASE WHEN x.level >= 1 THEN gen.at(x.prio_on, '10:40') END,
       CASE WHEN x.level >= 1 THEN x.esikt END,
       CASE WHEN x.level >= 3 THEN x.informed_on END, CASE WHEN x.level >= 3 THEN x.caseworker END,
       CASE WHEN x.level >= 3 THEN gen.at(x.s - 12, '13:00') END,
       CASE WHEN x.level >= 4 THEN x.oriented_on END,
       CASE WHEN x.level >= 4 THEN '{APPLICANT,HVK,FACILITY}'::text[] END,
       CASE WHEN x.level >= 4 THEN CASE WHEN x.status = 'DECLINED' THEN 'DECLINED' ELSE 'ACCEPTED' END END,
       CASE WHEN x.status = 'DECLINED' THEN (ARRAY['Ønsker ikke å forplikte seg til et helt rusfritt hus nå', 'Vil heller bo nærmere familien',
                                                  'Har fått tilbud om privat leie'])[gen.ri(x.ino, 414, 1, 3)] END,
       CASE WHEN x.status = 'WITHDRAWN' THEN gen.at(x.closed_on, '12:45') END,
       CASE WHEN x.voided THEN 'Søkeren ønsket likevel ikke plassen'
            WHEN x.status = 'WITHDRAWN' THEN (ARRAY['Søkeren har fått plass i døgnbehandling', 'Søkeren har fått kommunal utleiebolig',
                                                    'Søkeren har flyttet til en annen kommune', 'Søkeren ønsker ikke tilbudet lenger'])[gen.ri(x.ino, 415, 1, 4)] END,
       CASE WHEN x.status = 'REJECTED' THEN gen.at(x.closed_on, '14:00') END,
       CASE WHEN x.status = 'REJECTED' THEN (ARRAY['Søkeren fyller ikke vilkårene for et bo- og tjenestetilbud',
                                                  'Behovet dekkes bedre av ordinær kommunal bolig med oppfølging'])[gen.ri(x.ino, 416, 1, 2)] END,
       CASE WHEN x.level = 6 THEN x.s END,
       x.level + CASE WHEN x.closed_on IS NOT NULL THEN 1 ELSE 0 END
FROM gen.ix x;

-- the allocations and their reservations: released at the move-in (the occupancy takes over), at the declined offer,
-- the withdrawal or the voided agreement; the allocation itself closes when the agreement ends by move-out (R-ACC-3)
INSERT INTO unit_reservation (id, unit_id, kind, period, released_at, created_at)
SELECT gen.id('allocation-reservation', x.ino), x.unit_id, 'ALLOCATION', daterange(x.s, NULL),
       CASE WHEN x.level = 6 THEN gen.at(x.s, '12:00')
            WHEN x.status = 'DECLINED' THEN gen.at(x.oriented_on, '15:10')
            WHEN x.voided THEN gen.at(x.closed_on, '11:00')
            WHEN x.status = 'WITHDRAWN' THEN gen.at(x.closed_on, '12:45') END,
       gen.at(x.alloc_on, '13:05')
FROM gen.ix x WHERE x.level >= 2;

INSERT INTO allocation (id, intake_id, unit_id, reservation_id, from_date, coordinator, override_reason, created_at, created_by,
                        released_at, release_reason)
SELECT gen.id('allocation', x.ino), x.id, x.unit_id, gen.id('allocation-reservation', x.ino), x.s, x.coordinator, NULL,
       gen.at(x.alloc_on, '13:05'), x.esikt,
       CASE WHEN x.level = 6 AND x.stay_ended THEN gen.at(x.stay_end, '15:00')
            WHEN x.status = 'DECLINED' THEN gen.at(x.oriented_on, '15:10')
            WHEN x.voided THEN gen.at(x.closed_on, '11:00')
            WHEN x.status = 'WITHDRAWN' THEN gen.at(x.closed_on, '12:45') END,
       CASE WHEN x.level = 6 AND x.stay_ended THEN 'Avtalen er avsluttet (utflyttet)'
            WHEN x.status = 'DECLINED' THEN 'Søkeren takket nei'
            WHEN x.voided THEN 'Avtalen ble annullert før innflytting'
            WHEN x.status = 'WITHDRAWN' THEN 'Søknaden er trukket' END
FROM gen.ix x WHERE x.level >= 2;

INSERT INTO service_decision (id, intake_id, decision_date, scope, legal_basis, reassess_by, created_at, created_by)
SELECT gen.id('decision', x.ino), x.id, x.decided_on,
       'Praktisk bistand og opplæring i egen ' || CASE WHEN f.kind_orig = 'BTA' THEN 'hybel' ELSE 'leilighet' END
           || ': daglig kontakt med personalet, hjelp med økonomi, struktur i hverdagen og oppfølging av rusmestring.',
       '{PBRL_2_1A_2,HOL_3_1,HOL_3_2_1_6B}', (x.decided_on + interval '1 year')::date, gen.at(x.decided_on, '10:00'), x.caseworker
FROM gen.ix x JOIN gen.f f ON f.fno = x.fno WHERE x.level >= 5;

-- the timeline, in the order the steps happened: an event's id is its application's number x 100 and the step (the
-- timeline is read per application, in id order; the sequence continues after the largest)
INSERT INTO intake_event (id, intake_id, type, at, by_user, by_role, summary)
SELECT x.ino::bigint * 100 + e.ord, x.id, e.type, e.at, e.by_user, e.by_role, e.summary
FROM gen.ix x
CROSS JOIN LATERAL (VALUES
    (1, true, 'SUBMITTED', gen.at(x.reg, '09:20'), x.caseworker, 'hvk', 'Søknad registrert av HVK'),
    (2, x.level >= 1, 'PRIORITISED', gen.at(x.prio_on, '10:40'), x.esikt, 'esikt',
     'Satt på ventelisten med prioritet ' || x.priority || ': '
     || (ARRAY['Akutt behov; uten bolig.', 'Har midlertidig tak over hodet.', 'Har bolig ut måneden.'])[x.priority]),
    (3, x.level >= 2, 'ALLOCATED', gen.at(x.alloc_on, '13:05'), x.esikt, 'esikt',
     'Tildelt ' || x.facility_name || ', ' || x.unit_label || ' fra ' || gen.nb(x.s) || ' (avtalt med ' || x.coordinator || ')'),
    (4, x.level >= 3, 'APPLICANT_INFORMED', gen.at(x.informed_on, '11:20'), x.caseworker, 'hvk',
     'Søkeren informert om tilbudet ' || gen.nb(x.informed_on)),
    (5, x.level >= 3, 'ORIENTATION_SCHEDULED', gen.at(x.informed_on, '11:30'), x.caseworker, 'hvk',
     'Orienteringssamtale planlagt ' || gen.nb(x.s - 12)),
    (6, x.level >= 4, 'ORIENTATION_HELD', gen.at(x.oriented_on, '15:10'), x.caseworker, 'hvk',
     'Orienteringssamtale holdt ' || gen.nb(x.oriented_on) || ' med søker, HVK og botiltaket'),
    (7, x.level >= 4, CASE WHEN x.status = 'DECLINED' THEN 'APPLICANT_DECLINED' ELSE 'APPLICANT_ACCEPTED' END,
     gen.at(x.oriented_on, '15:10'), x.caseworker, 'hvk',
     CASE WHEN x.status = 'DECLINED' THEN 'Søkeren takket nei. Boenheten er frigitt.' ELSE 'Søkeren takket ja til tilbudet' END),
    (8, x.level >= 5, 'DECIDED', gen.at(x.decided_on, '10:00'), x.caseworker, 'hvk',
     'Vedtak om praktisk bistand fattet ' || gen.nb(x.decided_on) || ', gjelder til det revurderes'),
    (9, x.level = 6, 'MOVED_IN', gen.at(x.s, '12:00'), x.staff, 'botiltak', 'Flyttet inn ' || gen.nb(x.s)),
    (10, x.closed_on IS NOT NULL AND x.status IN ('WITHDRAWN', 'REJECTED'), x.status,
     gen.at(x.closed_on, CASE WHEN x.status = 'REJECTED' THEN interval '14:00' ELSE interval '12:45' END), x.caseworker, 'hvk',
     CASE WHEN x.status = 'REJECTED' THEN 'Søknaden er avslått'
          WHEN x.voided THEN 'Avtalen ble annullert og søknaden avsluttet. Boenheten er frigitt.'
          ELSE 'Søknaden er trukket' || CASE WHEN x.level >= 2 THEN '. Boenheten er frigitt.' ELSE '' END END)
) e(ord, happened, type, at, by_user, by_role, summary)
WHERE e.happened;
