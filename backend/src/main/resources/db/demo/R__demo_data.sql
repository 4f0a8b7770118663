-- FICTIONAL DEMO DATA FOR DEVELOPMENT ONLY. Every person, name, number, address and story below is invented.
-- Flyway location db/demo is used by bin/dev and by bin/test's end-to-end stack; never in production.
--
-- What it gives each role (dates are relative to the day the file first runs, so a fresh database looks current):
--   hvk1 / esikt1: 22 applications from 21 persons: 2 registered (SUBMITTED), 3 on the waiting list with
--     priorities 1-3, 1 allocated to Bakklandet, 1 informed (Sokkelen), 1 oriented (Heidrunsenteret),
--     2 decided at Bakklandet (one still without an agreement, one with a draft), 1 declined, 1 withdrawn,
--     10 moved in.
--   bakklandet1 / bakklandet-leder: 5 residents moved in: one in the first period ending within 30 days without
--     evaluation, two renewed after evaluation, one with notice given, one moved out to a private rental;
--     plus an unsigned draft, an incoming decision and an incoming allocation. H203 and H204 are vacant.
--   heidrun1: 2 residents and one oriented applicant (Hybel 3). valoya1: 3 tenants at Valøyveien 9 (LEASE).
-- The municipality signs through a fagleder (R-AGR-4, R-FOL-1). The realm has no fagleder at Heidrunsenteret or
-- Valøyveien 9, so their signatures name the fictional users heidrun-leder and valoya-leder (nobody logs in as them).
--
-- The rows look exactly like what the API writes: the helpers below mirror IntakeService and AgreementService
-- step by step (same columns, same reservations, same Norwegian timeline summaries, same version counters), and
-- they check the same rules (status before each step, target group, move-in gate), so a mistake here fails loudly.
--
-- Repeatable: Flyway runs this again whenever the file changes. Everything is inserted once, behind a guard on the
-- first demo person; a database that already has it is left alone. If a development database already holds
-- conflicting data (say a unit someone allocated through the UI), the demo data is skipped with a warning
-- rather than stopping the backend. Helpers live in pg_temp and are dropped at the end.

-- Who the demo accounts are (the staff directory, V35), as their tokens in keycloak/realm-bta.json would have told
-- BTA: screens and documents show "Lars Leder, fagleder", never the account. Kept up to date on every run.
INSERT INTO staff_member (account, name, title, kind) VALUES
    ('hvk1', 'Hanne Hvalstad', 'saksbehandler (HVK)', 'PERSON'),
    ('hvk2', 'Henrik Hovde', 'saksbehandler (HVK)', 'PERSON'),
    ('esikt1', 'Erik Sikt', 'tildeling (ESIKT)', 'PERSON'),
    ('bakklandet1', 'Berit Bakken', 'ansatt ved botiltak', 'PERSON'),
    ('bakklandet-leder', 'Lars Leder', 'fagleder', 'PERSON'),
    ('bakklandet-leder2', 'Lise Lien', 'fagleder', 'PERSON'),
    ('goa93-leder', 'Gunn Oslovei', 'fagleder', 'PERSON'),
    ('goa93-leder2', 'Gro Oslovei', 'fagleder', 'PERSON'),
    ('heidrun1', 'Heidi Rundberg', 'ansatt ved botiltak', 'PERSON'),
    ('heidrun-leder', 'Hilde Rundhaug', 'fagleder', 'PERSON'),
    ('valoya1', 'Vidar Øya', 'ansatt ved botiltak', 'PERSON'),
    ('valoya-leder', 'Vera Lund', 'fagleder', 'PERSON'),
    ('osloveien155-leder', 'Ola Østmo', 'fagleder', 'PERSON'),
    ('osloveien155-leder2', 'Oline Vik', 'fagleder', 'PERSON'),
    ('okonomi1', 'Oda Kronstad', 'økonomi', 'PERSON'),
    ('kontroll1', 'Kristin Tilsynsmo', 'internkontroll', 'PERSON'),
    ('service-account-bta-integration', 'Regnskapssystemet', NULL, 'INTEGRATION')
ON CONFLICT (account) DO UPDATE SET name = excluded.name, title = excluded.title, kind = excluded.kind;

-- "Lars Leder, fagleder" for bakklandet-leder, as StaffDirectory labels a person
CREATE OR REPLACE FUNCTION pg_temp.demo_staff(p_user text) RETURNS text LANGUAGE sql STABLE
AS $f$ SELECT coalesce((SELECT name || coalesce(', ' || title, '') FROM staff_member WHERE account = p_user), p_user) $f$;

-- hvk1's token subject (its fixed id in keycloak/realm-bta.json): the demo applications are hers (R-ACC-3)
CREATE OR REPLACE FUNCTION pg_temp.demo_hvk1_subject() RETURNS text LANGUAGE sql IMMUTABLE
AS $f$ SELECT 'b7a00000-0000-4000-8000-000000000001' $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_id(p_key text) RETURNS uuid LANGUAGE sql IMMUTABLE
AS $f$ SELECT md5('demo/' || p_key)::uuid $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_unit(p_facility text, p_label text) RETURNS uuid LANGUAGE sql IMMUTABLE
AS $f$ SELECT md5(p_facility || '/' || p_label)::uuid $f$;

-- a wall-clock time in Oslo on a calendar day
CREATE OR REPLACE FUNCTION pg_temp.demo_at(p_day date, p_time text) RETURNS timestamptz LANGUAGE sql STABLE
AS $f$ SELECT (p_day + p_time::time) AT TIME ZONE 'Europe/Oslo' $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_nb(p_day date) RETURNS text LANGUAGE sql IMMUTABLE
AS $f$ SELECT to_char(p_day, 'DD.MM.YYYY') $f$;

-- 500000 -> '5 000,00' (as AgreementService.kroner)
CREATE OR REPLACE FUNCTION pg_temp.demo_kr(p_ore bigint) RETURNS text LANGUAGE sql IMMUTABLE
AS $f$ SELECT replace(to_char(p_ore / 100, 'FM999,999,990'), ',', ' ') || ',' || lpad((p_ore % 100)::text, 2, '0') $f$;

-- the roles of the demo users, as CurrentUser.roles() joins them (sorted)
CREATE OR REPLACE FUNCTION pg_temp.demo_role(p_user text) RETURNS text LANGUAGE sql IMMUTABLE
AS $f$ SELECT CASE WHEN p_user = 'hvk1' THEN 'hvk' WHEN p_user = 'esikt1' THEN 'esikt'
                   WHEN p_user LIKE '%-leder' THEN 'botiltak,fagleder' ELSE 'botiltak' END $f$;

-- A synthetic fødselsnummer: month + 80, individual number 000-499 (born 1900-1999) or 500-999 (2000-2039),
-- odd ninth digit for men, both mod-11 check digits valid.
CREATE OR REPLACE FUNCTION pg_temp.demo_fnr(p_birth date, p_male boolean, p_seed integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $f$
DECLARE
    w1 integer[] := '{3,7,6,1,8,9,4,5,2}';
    w2 integer[] := '{5,4,3,2,7,6,5,4,3,2}';
    base integer := CASE WHEN extract(year FROM p_birth) >= 2000 THEN 500 ELSE 0 END;
    ind integer; s text; k1 integer; k2 integer; total integer;
BEGIN
    IF extract(year FROM p_birth) NOT BETWEEN 1900 AND 2039 THEN
        RAISE EXCEPTION 'demo: birth year % outside 1900-2039', extract(year FROM p_birth);
    END IF;
    FOR i IN 0..499 LOOP
        ind := base + (p_seed + i) % 500;
        CONTINUE WHEN (ind % 2 = 1) <> p_male;
        s := to_char(p_birth, 'DD') || to_char(extract(month FROM p_birth)::integer + 80, 'FM00')
             || to_char(p_birth, 'YY') || to_char(ind, 'FM000');
        total := 0;
        FOR j IN 1..9 LOOP total := total + w1[j] * substr(s, j, 1)::integer; END LOOP;
        k1 := 11 - total % 11;
        IF k1 = 11 THEN k1 := 0; END IF;
        CONTINUE WHEN k1 = 10;
        s := s || k1;
        total := 0;
        FOR j IN 1..10 LOOP total := total + w2[j] * substr(s, j, 1)::integer; END LOOP;
        k2 := 11 - total % 11;
        IF k2 = 11 THEN k2 := 0; END IF;
        CONTINUE WHEN k2 = 10;
        RETURN s || k2;
    END LOOP;
    RAISE EXCEPTION 'demo: no valid national id for %', p_birth;
END $f$;

-- ------------------------------------------------------------------ persons (PersonService.create, by HVK)

CREATE OR REPLACE FUNCTION pg_temp.demo_person(p_n integer, p_given text, p_family text, p_male boolean,
        p_years integer, p_days integer, p_phone text, p_address text, p_nav text, p_created date) RETURNS void
LANGUAGE plpgsql AS $f$
DECLARE
    birth date := (pg_temp.demo_today() - make_interval(years => p_years))::date - p_days;
BEGIN
    INSERT INTO person (id, national_id, given_name, family_name, birth_date, sex, phone, email, address, nav_contact,
                        created_at, created_by)
    VALUES (pg_temp.demo_id('person/' || p_n), pg_temp.demo_fnr(birth, p_male, p_n * 37), p_given, p_family, birth,
            CASE WHEN p_male THEN 'MALE' ELSE 'FEMALE' END, p_phone, NULL, p_address, p_nav,
            pg_temp.demo_at(p_created, '09:05'), 'hvk1');
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_today() RETURNS date LANGUAGE sql STABLE
AS $f$ SELECT (now() AT TIME ZONE 'Europe/Oslo')::date $f$;

-- ------------------------------------------------------------------ intake (IntakeService)

CREATE OR REPLACE FUNCTION pg_temp.demo_ievent(p_intake text, p_type text, p_at timestamptz, p_user text,
        p_summary text) RETURNS void LANGUAGE sql AS $f$
    INSERT INTO intake_event (intake_id, type, at, by_user, by_role, summary)
    VALUES (pg_temp.demo_id(p_intake), p_type, p_at, p_user, pg_temp.demo_role(p_user), p_summary)
$f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_require(p_intake text, p_allowed text[]) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE st text := (SELECT status FROM intake_state WHERE intake_id = pg_temp.demo_id(p_intake));
BEGIN
    IF st IS NULL OR NOT st = ANY (p_allowed) THEN
        RAISE EXCEPTION 'demo: % has status %, expected one of %', p_intake, st, p_allowed;
    END IF;
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_submit(p_intake text, p_person integer, p_received date, p_registered date,
        p_assessment text, p_needs text, p_wishes text, p_facilities text[], p_rental boolean) RETURNS void
LANGUAGE plpgsql AS $f$
BEGIN
    INSERT INTO intake (id, person_id, received_on, created_at, created_by, caseworker, caseworker_subject, assessment,
                        needs, wishes, facility_wishes, has_rental_housing_decision)
    VALUES (pg_temp.demo_id(p_intake), pg_temp.demo_id('person/' || p_person), p_received,
            pg_temp.demo_at(p_registered, '09:20'), 'hvk1', 'hvk1', pg_temp.demo_hvk1_subject(), p_assessment, p_needs,
            p_wishes, p_facilities, p_rental);
    PERFORM pg_temp.demo_ievent(p_intake, 'SUBMITTED', pg_temp.demo_at(p_registered, '09:20'), 'hvk1',
            'Søknad registrert av HVK' || CASE WHEN p_rental
                THEN '; søkeren har vedtak om kommunal utleiebolig og står fortsatt på den listen' ELSE '' END);
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_prioritise(p_intake text, p_priority integer, p_reason text, p_on date)
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE v_first boolean;
BEGIN
    PERFORM pg_temp.demo_require(p_intake, '{SUBMITTED,WAITING}');
    SELECT priority IS NULL INTO v_first FROM intake WHERE id = pg_temp.demo_id(p_intake);
    UPDATE intake SET priority = p_priority, priority_reason = p_reason, prioritised_at = pg_temp.demo_at(p_on, '10:40'),
                      prioritised_by = 'esikt1', version = version + 1
    WHERE id = pg_temp.demo_id(p_intake);
    PERFORM pg_temp.demo_ievent(p_intake, 'PRIORITISED', pg_temp.demo_at(p_on, '10:40'), 'esikt1',
            CASE WHEN v_first THEN 'Satt på ventelisten med prioritet ' ELSE 'Prioritet endret til ' END
            || p_priority || ': ' || p_reason);
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_allocate(p_intake text, p_facility text, p_label text, p_from date,
        p_coordinator text, p_on date) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
    f facility;
    p person;
    v_age integer;
    v_unit uuid := pg_temp.demo_unit(p_facility, p_label);
    v_at timestamptz := pg_temp.demo_at(p_on, '13:05');
BEGIN
    PERFORM pg_temp.demo_require(p_intake, '{WAITING}');
    SELECT * INTO f FROM facility WHERE id = p_facility;
    SELECT pe.* INTO p FROM person pe JOIN intake i ON i.person_id = pe.id WHERE i.id = pg_temp.demo_id(p_intake);
    v_age := extract(year FROM age(p_from, p.birth_date));
    -- R-INT-7: the demo never needs an override reason
    IF NOT p.sex = ANY (f.target_sexes) OR v_age < coalesce(f.target_min_age, 0) OR v_age > coalesce(f.target_max_age, 200) THEN
        RAISE EXCEPTION 'demo: % (%, % years) is outside the target group of %', p_intake, p.sex, v_age, p_facility;
    END IF;
    INSERT INTO unit_reservation (id, unit_id, kind, period, created_at)
    VALUES (pg_temp.demo_id(p_intake || '/allocation/reservation'), v_unit, 'ALLOCATION', daterange(p_from, NULL), v_at);
    INSERT INTO allocation (id, intake_id, unit_id, reservation_id, from_date, coordinator, created_at, created_by)
    VALUES (pg_temp.demo_id(p_intake || '/allocation'), pg_temp.demo_id(p_intake), v_unit,
            pg_temp.demo_id(p_intake || '/allocation/reservation'), p_from, p_coordinator, v_at, 'esikt1');
    PERFORM pg_temp.demo_ievent(p_intake, 'ALLOCATED', v_at, 'esikt1',
            'Tildelt ' || f.name || ', ' || p_label || ' fra ' || pg_temp.demo_nb(p_from) || ' (avtalt med ' || p_coordinator || ')');
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_inform(p_intake text, p_on date) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM pg_temp.demo_require(p_intake, '{ALLOCATED}');
    UPDATE intake SET informed_on = p_on, informed_by = 'hvk1', version = version + 1 WHERE id = pg_temp.demo_id(p_intake);
    PERFORM pg_temp.demo_ievent(p_intake, 'APPLICANT_INFORMED', pg_temp.demo_at(p_on, '11:20'), 'hvk1',
            'Søkeren informert om tilbudet ' || pg_temp.demo_nb(p_on));
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_schedule(p_intake text, p_meeting timestamptz, p_on date) RETURNS void
LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM pg_temp.demo_require(p_intake, '{ALLOCATED,INFORMED}');
    UPDATE intake SET orientation_scheduled_at = p_meeting, version = version + 1 WHERE id = pg_temp.demo_id(p_intake);
    PERFORM pg_temp.demo_ievent(p_intake, 'ORIENTATION_SCHEDULED', pg_temp.demo_at(p_on, '11:30'), 'hvk1',
            'Orienteringssamtale planlagt ' || pg_temp.demo_nb((p_meeting AT TIME ZONE 'Europe/Oslo')::date));
END $f$;

-- R-INT-3: held with all three parties; a decline releases the unit
CREATE OR REPLACE FUNCTION pg_temp.demo_orient(p_intake text, p_held date, p_answer text, p_reason text) RETURNS void
LANGUAGE plpgsql AS $f$
DECLARE v_at timestamptz := pg_temp.demo_at(p_held, '15:10');
BEGIN
    PERFORM pg_temp.demo_require(p_intake, '{INFORMED}');
    UPDATE intake SET orientation_held_on = p_held, orientation_participants = '{APPLICANT,HVK,FACILITY}',
                      applicant_answer = p_answer, decline_reason = p_reason, version = version + 1
    WHERE id = pg_temp.demo_id(p_intake);
    PERFORM pg_temp.demo_ievent(p_intake, 'ORIENTATION_HELD', v_at, 'hvk1',
            'Orienteringssamtale holdt ' || pg_temp.demo_nb(p_held) || ' med søker, HVK og botiltaket');
    IF p_answer = 'DECLINED' THEN
        PERFORM pg_temp.demo_release(p_intake, 'Søkeren takket nei', v_at);
        PERFORM pg_temp.demo_ievent(p_intake, 'APPLICANT_DECLINED', v_at, 'hvk1',
                'Søkeren takket nei: ' || p_reason || '. Boenheten er frigitt.');
    ELSE
        PERFORM pg_temp.demo_ievent(p_intake, 'APPLICANT_ACCEPTED', v_at, 'hvk1', 'Søkeren takket ja til tilbudet');
    END IF;
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_release(p_intake text, p_reason text, p_at timestamptz) RETURNS boolean
LANGUAGE plpgsql AS $f$
DECLARE n integer;
BEGIN
    UPDATE unit_reservation SET released_at = p_at
    WHERE id IN (SELECT reservation_id FROM allocation WHERE intake_id = pg_temp.demo_id(p_intake) AND released_at IS NULL);
    UPDATE allocation SET released_at = p_at, release_reason = p_reason
    WHERE intake_id = pg_temp.demo_id(p_intake) AND released_at IS NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n > 0;
END $f$;

-- R-INT-4: the vedtak om praktisk bistand on the default legal basis
CREATE OR REPLACE FUNCTION pg_temp.demo_decide(p_intake text, p_on date, p_scope text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM pg_temp.demo_require(p_intake, '{ORIENTED}');
    INSERT INTO service_decision (id, intake_id, decision_date, scope, legal_basis, reassess_by, created_at, created_by)
    VALUES (pg_temp.demo_id(p_intake || '/decision'), pg_temp.demo_id(p_intake), p_on, p_scope,
            '{PBRL_2_1A_2,HOL_3_1,HOL_3_2_1_6B}', (p_on + interval '1 year')::date, pg_temp.demo_at(p_on, '10:00'), 'hvk1');
    PERFORM pg_temp.demo_ievent(p_intake, 'DECIDED', pg_temp.demo_at(p_on, '10:00'), 'hvk1',
            'Vedtak om praktisk bistand fattet ' || pg_temp.demo_nb(p_on) || ', gjelder til det revurderes');
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_withdraw(p_intake text, p_on date, p_reason text) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE v_at timestamptz := pg_temp.demo_at(p_on, '12:45'); released boolean;
BEGIN
    PERFORM pg_temp.demo_require(p_intake, '{SUBMITTED,WAITING,ALLOCATED,INFORMED,ORIENTED,DECIDED}');
    UPDATE intake SET withdrawn_at = v_at, withdrawal_reason = p_reason, version = version + 1 WHERE id = pg_temp.demo_id(p_intake);
    released := pg_temp.demo_release(p_intake, 'Søknaden er trukket', v_at);
    PERFORM pg_temp.demo_ievent(p_intake, 'WITHDRAWN', v_at, 'hvk1',
            'Søknaden er trukket: ' || p_reason || CASE WHEN released THEN '. Boenheten er frigitt.' ELSE '' END);
END $f$;

-- The usual path from application to decision around a planned start p_start.
CREATE OR REPLACE FUNCTION pg_temp.demo_intake_chain(p_intake text, p_person integer, p_facility text, p_label text,
        p_start date, p_received_days integer, p_priority integer, p_priority_reason text, p_assessment text,
        p_needs text, p_wishes text, p_coordinator text, p_scope text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM pg_temp.demo_submit(p_intake, p_person, p_start - p_received_days - 1, p_start - p_received_days,
            p_assessment, p_needs, p_wishes, ARRAY[p_facility], false);
    PERFORM pg_temp.demo_prioritise(p_intake, p_priority, p_priority_reason, p_start - p_received_days + 5);
    PERFORM pg_temp.demo_allocate(p_intake, p_facility, p_label, p_start, p_coordinator, p_start - 20);
    PERFORM pg_temp.demo_inform(p_intake, p_start - 17);
    PERFORM pg_temp.demo_schedule(p_intake, pg_temp.demo_at(p_start - 12, '13:00'), p_start - 17);
    PERFORM pg_temp.demo_orient(p_intake, p_start - 12, 'ACCEPTED', NULL);
    PERFORM pg_temp.demo_decide(p_intake, p_start - 9, p_scope);
END $f$;

-- ------------------------------------------------------------------ agreements (AgreementService)

CREATE OR REPLACE FUNCTION pg_temp.demo_aevent(p_agreement text, p_type text, p_at timestamptz, p_user text,
        p_summary text) RETURNS void LANGUAGE sql AS $f$
    INSERT INTO agreement_event (agreement_id, type, at, by_user, summary)
    VALUES (pg_temp.demo_id(p_agreement), p_type, p_at, p_user, p_summary)
$f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_arequire(p_agreement text, p_allowed text[]) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE st text := (SELECT status FROM agreement_state WHERE agreement_id = pg_temp.demo_id(p_agreement));
BEGIN
    IF st IS NULL OR NOT st = ANY (p_allowed) THEN
        RAISE EXCEPTION 'demo: % has status %, expected one of %', p_agreement, st, p_allowed;
    END IF;
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_fagleder(p_user text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    IF p_user NOT LIKE '%-leder' THEN RAISE EXCEPTION 'demo: % is not a fagleder', p_user; END IF;
END $f$;

-- A draft from a decided application with the facility's kind, fee, what it includes and notice.
CREATE OR REPLACE FUNCTION pg_temp.demo_draft(p_agreement text, p_intake text, p_start date, p_user text, p_on date)
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
    f facility;
    s intake_state;
    ending date;
    v_at timestamptz := pg_temp.demo_at(p_on, '10:00');
BEGIN
    SELECT * INTO s FROM intake_state WHERE intake_id = pg_temp.demo_id(p_intake);
    IF s.status IS DISTINCT FROM 'DECIDED' THEN RAISE EXCEPTION 'demo: % is %, not DECIDED', p_intake, s.status; END IF;
    SELECT * INTO f FROM facility WHERE id = s.allocated_facility_id;
    ending := CASE WHEN f.agreement_kind = 'BTA' THEN (p_start + interval '2 months')::date - 1
                   ELSE (p_start + interval '3 years')::date - 1 END;
    INSERT INTO agreement (id, kind, person_id, facility_id, unit_id, intake_id, start_date, end_date, monthly_fee_ore,
                           fee_includes, notice_days, created_at, created_by)
    SELECT pg_temp.demo_id(p_agreement), f.agreement_kind, i.person_id, f.id, a.unit_id, i.id, p_start, ending,
           f.monthly_fee_ore, f.fee_includes, f.notice_days, v_at, p_user
    FROM intake i JOIN allocation a ON a.id = s.allocation_id WHERE i.id = s.intake_id;
    INSERT INTO agreement_period (agreement_id, seq, from_date, to_date, created_at, created_by)
    VALUES (pg_temp.demo_id(p_agreement), 1, p_start, ending, v_at, p_user);
    INSERT INTO agreement_fee (agreement_id, effective_from, monthly_fee_ore, notified_on, created_at, created_by)
    VALUES (pg_temp.demo_id(p_agreement), p_start, f.monthly_fee_ore, NULL, v_at, p_user);
    PERFORM pg_temp.demo_aevent(p_agreement, 'DRAFTED', v_at, p_user,
            'Utkast til ' || CASE WHEN f.agreement_kind = 'BTA' THEN 'bo- og tjenesteavtale' ELSE 'husleiekontrakt' END
            || ' for perioden ' || pg_temp.demo_nb(p_start) || '–' || pg_temp.demo_nb(ending));
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_contact(p_agreement text, p_name text, p_user text, p_on date) RETURNS void
LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM pg_temp.demo_fagleder(p_user);
    PERFORM pg_temp.demo_arequire(p_agreement, '{DRAFT,ACTIVE,NOTICE_GIVEN,EXPIRED}');
    UPDATE agreement SET primary_contact = p_name, primary_contact_appointed_by = p_user,
                         primary_contact_appointed_at = pg_temp.demo_at(p_on, '10:15'), version = version + 1
    WHERE id = pg_temp.demo_id(p_agreement);
    PERFORM pg_temp.demo_aevent(p_agreement, 'PRIMARY_CONTACT', pg_temp.demo_at(p_on, '10:15'), p_user,
            'Primærkontakt oppnevnt: ' || p_name);
END $f$;

-- R-AGR-5: individual plan accepted, or declined with a cooperation agreement
CREATE OR REPLACE FUNCTION pg_temp.demo_follow_up(p_agreement text, p_plan text, p_goals text, p_needs text,
        p_provide text, p_user text, p_on date) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    UPDATE agreement SET individual_plan = p_plan, cooperation_goals = p_goals, cooperation_needs = p_needs,
                         cooperation_staff_provide = p_provide, version = version + 1
    WHERE id = pg_temp.demo_id(p_agreement);
    PERFORM pg_temp.demo_aevent(p_agreement, 'FOLLOW_UP', pg_temp.demo_at(p_on, '10:30'), p_user,
            CASE WHEN p_plan = 'ACCEPTED' THEN 'Beboeren takket ja til individuell plan'
                 ELSE 'Beboeren takket nei til individuell plan'
                      || CASE WHEN p_goals IS NOT NULL THEN '; samarbeidsavtale skrevet' ELSE '' END END);
END $f$;

-- R-AGR-4 and R-FAC-2: both parties sign; the rule version in force is kept when the second signature lands
CREATE OR REPLACE FUNCTION pg_temp.demo_sign(p_agreement text, p_party text, p_signed date, p_user text) RETURNS void
LANGUAGE plpgsql AS $f$
DECLARE
    a agreement;
    v_at timestamptz := pg_temp.demo_at(p_signed, CASE WHEN p_party = 'RESIDENT' THEN '11:00' ELSE '11:05' END);
    rules uuid;
BEGIN
    PERFORM pg_temp.demo_arequire(p_agreement, '{DRAFT}');
    SELECT * INTO a FROM agreement WHERE id = pg_temp.demo_id(p_agreement);
    SELECT v.id INTO rules FROM house_rules_version v WHERE v.facility_id = a.facility_id
    ORDER BY (v.valid_from <= p_signed) DESC, v.version DESC LIMIT 1;
    IF p_party = 'RESIDENT' THEN
        UPDATE agreement SET resident_signed_on = p_signed, resident_signature_by = p_user,
                             rules_version_id = CASE WHEN municipality_signed_on IS NOT NULL THEN rules END,
                             version = version + 1
        WHERE id = a.id;
        PERFORM pg_temp.demo_aevent(p_agreement, 'SIGNED_BY_RESIDENT', v_at, p_user, 'Signert av beboeren ' || pg_temp.demo_nb(p_signed));
    ELSE
        PERFORM pg_temp.demo_fagleder(p_user);
        UPDATE agreement SET municipality_signed_on = p_signed, municipality_signed_by = p_user,
                             rules_version_id = CASE WHEN resident_signed_on IS NOT NULL THEN rules END,
                             version = version + 1
        WHERE id = a.id;
        PERFORM pg_temp.demo_aevent(p_agreement, 'SIGNED_BY_MUNICIPALITY', v_at, p_user,
                'Signert for kommunen av ' || pg_temp.demo_staff(p_user) || ' ' || pg_temp.demo_nb(p_signed));
    END IF;
    IF (SELECT resident_signed_on IS NOT NULL AND municipality_signed_on IS NOT NULL FROM agreement WHERE id = a.id) THEN
        PERFORM pg_temp.demo_aevent(p_agreement, 'ACTIVE', v_at, p_user, 'Avtalen er signert av begge parter og gjelder');
    END IF;
END $f$;

-- R-AGR-6: key deposit and contents insurance
CREATE OR REPLACE FUNCTION pg_temp.demo_deposit(p_agreement text, p_ore bigint, p_paid date, p_returned date,
        p_insurance date, p_user text, p_on date) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    UPDATE agreement SET deposit_ore = p_ore, deposit_paid_on = p_paid, deposit_returned_on = p_returned,
                         insurance_informed_on = p_insurance, version = version + 1
    WHERE id = pg_temp.demo_id(p_agreement);
    PERFORM pg_temp.demo_aevent(p_agreement, 'DEPOSIT', pg_temp.demo_at(p_on, '11:15'), p_user,
            'Depositum kr ' || pg_temp.demo_kr(p_ore)
            || CASE WHEN p_paid IS NOT NULL THEN ', betalt ' || pg_temp.demo_nb(p_paid) ELSE '' END
            || CASE WHEN p_insurance IS NOT NULL THEN '; informert om innboforsikring' ELSE '' END);
END $f$;

-- R-INT-5: the move-in gate, then the allocation's reservation is released and an occupancy takes its place
CREATE OR REPLACE FUNCTION pg_temp.demo_move_in(p_agreement text, p_day date, p_user text) RETURNS void
LANGUAGE plpgsql AS $f$
DECLARE
    a agreement;
    v_at timestamptz := pg_temp.demo_at(p_day, '12:00');
BEGIN
    SELECT * INTO a FROM agreement WHERE id = pg_temp.demo_id(p_agreement);
    IF a.moved_in_on IS NOT NULL OR a.resident_signed_on IS NULL OR a.municipality_signed_on IS NULL
       OR a.primary_contact IS NULL OR a.individual_plan IS NULL
       OR (a.individual_plan = 'DECLINED' AND (a.cooperation_goals IS NULL OR a.cooperation_staff_provide IS NULL))
       OR NOT EXISTS (SELECT 1 FROM intake i JOIN service_decision d ON d.intake_id = i.id
                      WHERE i.id = a.intake_id AND i.orientation_held_on IS NOT NULL AND i.applicant_answer = 'ACCEPTED')
       OR p_day < a.start_date THEN
        RAISE EXCEPTION 'demo: % does not meet the move-in requirements (R-INT-5)', p_agreement;
    END IF;
    UPDATE intake SET moved_in_on = p_day, version = version + 1 WHERE id = a.intake_id;
    INSERT INTO intake_event (intake_id, type, at, by_user, by_role, summary)
    VALUES (a.intake_id, 'MOVED_IN', v_at, p_user, pg_temp.demo_role(p_user), 'Flyttet inn ' || pg_temp.demo_nb(p_day));
    UPDATE unit_reservation SET released_at = v_at
    WHERE id IN (SELECT reservation_id FROM allocation WHERE intake_id = a.intake_id AND released_at IS NULL);
    INSERT INTO unit_reservation (id, unit_id, kind, period, created_at)
    VALUES (pg_temp.demo_id(p_agreement || '/occupancy'), a.unit_id, 'OCCUPANCY', daterange(p_day, NULL), v_at);
    UPDATE agreement SET occupancy_id = pg_temp.demo_id(p_agreement || '/occupancy'), moved_in_on = p_day,
                         version = version + 1
    WHERE id = a.id;
    PERFORM pg_temp.demo_aevent(p_agreement, 'MOVED_IN', v_at, p_user, 'Flyttet inn ' || pg_temp.demo_nb(p_day));
END $f$;

-- R-FOL-1: the responsibility group as a whole
CREATE OR REPLACE FUNCTION pg_temp.demo_group(p_agreement text, p_names text[], p_represents text[], p_user text,
        p_on date) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    DELETE FROM responsibility_group_member WHERE agreement_id = pg_temp.demo_id(p_agreement);
    INSERT INTO responsibility_group_member (agreement_id, position, name, represents)
    SELECT pg_temp.demo_id(p_agreement), n, p_names[n], p_represents[n] FROM generate_subscripts(p_names, 1) n;
    PERFORM pg_temp.demo_aevent(p_agreement, 'RESPONSIBILITY_GROUP', pg_temp.demo_at(p_on, '14:30'), p_user,
            'Ansvarsgruppen har ' || cardinality(p_names) || ' medlemmer');
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_meeting(p_agreement text, p_kind text, p_held date, p_note text, p_user text)
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE v_at timestamptz := pg_temp.demo_at(p_held, CASE WHEN p_kind = 'RESPONSIBILITY_GROUP' THEN '15:30' ELSE '16:00' END);
BEGIN
    IF p_held > pg_temp.demo_today() THEN RAISE EXCEPTION 'demo: meeting in the future'; END IF;
    INSERT INTO follow_up_meeting (id, agreement_id, kind, held_on, note, created_at, created_by)
    VALUES (pg_temp.demo_id(p_agreement || '/meeting/' || p_kind || '/' || p_held), pg_temp.demo_id(p_agreement),
            p_kind, p_held, p_note, v_at, p_user);
    PERFORM pg_temp.demo_aevent(p_agreement, 'MEETING', v_at, p_user,
            CASE WHEN p_kind = 'RESPONSIBILITY_GROUP' THEN 'Ansvarsgruppemøte ' ELSE 'Primærkontaktsamtale ' END
            || pg_temp.demo_nb(p_held));
END $f$;

CREATE OR REPLACE FUNCTION pg_temp.demo_evaluate(p_agreement text, p_held date, p_summary text, p_user text)
RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM pg_temp.demo_arequire(p_agreement, '{ACTIVE,NOTICE_GIVEN,EXPIRED}');
    INSERT INTO agreement_evaluation (id, agreement_id, held_on, summary, created_at, created_by)
    VALUES (pg_temp.demo_id(p_agreement || '/evaluation/' || p_held), pg_temp.demo_id(p_agreement), p_held, p_summary,
            pg_temp.demo_at(p_held, '14:00'), p_user);
    PERFORM pg_temp.demo_aevent(p_agreement, 'EVALUATED', pg_temp.demo_at(p_held, '14:00'), p_user,
            'Evalueringsmøte holdt ' || pg_temp.demo_nb(p_held));
END $f$;

-- R-AGR-1: after an evaluation, one more year from the day after the current end
CREATE OR REPLACE FUNCTION pg_temp.demo_renew_year(p_agreement text, p_user text, p_on date) RETURNS void
LANGUAGE plpgsql AS $f$
DECLARE a agreement; from_day date; to_day date; v_seq integer;
BEGIN
    -- the view reads today's date: a period replayed from the past has expired by the time it is renewed (R-AGR-9)
    PERFORM pg_temp.demo_arequire(p_agreement, '{ACTIVE,EXPIRED}');
    SELECT * INTO a FROM agreement WHERE id = pg_temp.demo_id(p_agreement);
    IF NOT EXISTS (SELECT 1 FROM agreement_evaluation WHERE agreement_id = a.id) THEN
        RAISE EXCEPTION 'demo: % renewed without evaluation (R-AGR-1)', p_agreement;
    END IF;
    from_day := a.end_date + 1;
    to_day := (from_day + interval '1 year')::date - 1;
    SELECT coalesce(max(p.seq), 0) + 1 INTO v_seq FROM agreement_period p WHERE p.agreement_id = a.id;
    INSERT INTO agreement_period (agreement_id, seq, from_date, to_date, created_at, created_by)
    VALUES (a.id, v_seq, from_day, to_day, pg_temp.demo_at(p_on, '09:45'), p_user);
    UPDATE agreement SET end_date = to_day, version = version + 1 WHERE id = a.id;
    PERFORM pg_temp.demo_aevent(p_agreement, 'RENEWED', pg_temp.demo_at(p_on, '09:45'), p_user,
            'Fornyet for perioden ' || pg_temp.demo_nb(from_day) || '–' || pg_temp.demo_nb(to_day));
END $f$;

-- R-AGR-3: a new fee takes effect at the earliest one month after the notice
CREATE OR REPLACE FUNCTION pg_temp.demo_fee_change(p_agreement text, p_effective date, p_ore bigint, p_notified date,
        p_user text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    INSERT INTO agreement_fee (agreement_id, effective_from, monthly_fee_ore, notified_on, created_at, created_by)
    VALUES (pg_temp.demo_id(p_agreement), p_effective, p_ore, p_notified, pg_temp.demo_at(p_notified, '13:30'), p_user);
    PERFORM pg_temp.demo_aevent(p_agreement, 'FEE_CHANGED', pg_temp.demo_at(p_notified, '13:30'), p_user,
            'Egenbetaling endres til kr ' || pg_temp.demo_kr(p_ore) || ' fra ' || pg_temp.demo_nb(p_effective)
            || ' (varslet ' || pg_temp.demo_nb(p_notified) || ')');
END $f$;

-- R-AGR-2: BTA counts notice days from the notice; a lease from the end of the month
CREATE OR REPLACE FUNCTION pg_temp.demo_notice(p_agreement text, p_by text, p_given date, p_reason text, p_user text)
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE a agreement; effective date;
BEGIN
    PERFORM pg_temp.demo_arequire(p_agreement, '{ACTIVE}');
    SELECT * INTO a FROM agreement WHERE id = pg_temp.demo_id(p_agreement);
    IF a.kind = 'LEASE' AND p_by = 'MUNICIPALITY' THEN RAISE EXCEPTION 'demo: staff cannot terminate a lease'; END IF;
    effective := CASE WHEN a.kind = 'BTA' THEN p_given + a.notice_days
                      ELSE (date_trunc('month', p_given) + make_interval(months => greatest(1, round(a.notice_days / 30.0)::integer) + 1))::date - 1 END;
    UPDATE agreement SET notice_given_on = p_given, notice_by = p_by, notice_reason = p_reason,
                         notice_effective_on = effective, version = version + 1
    WHERE id = a.id;
    PERFORM pg_temp.demo_aevent(p_agreement, 'NOTICE_GIVEN', pg_temp.demo_at(p_given, '14:20'), p_user,
            'Oppsagt av ' || CASE WHEN p_by = 'RESIDENT' THEN 'beboeren' ELSE 'kommunen' END || ' '
            || pg_temp.demo_nb(p_given) || ', fra ' || pg_temp.demo_nb(effective) || ': ' || p_reason);
END $f$;

-- R-AGR-8: the occupancy ends the day after move-out, the agreement ends on it
CREATE OR REPLACE FUNCTION pg_temp.demo_move_out(p_agreement text, p_day date, p_destination text, p_ground text,
        p_user text) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE a agreement;
BEGIN
    SELECT * INTO a FROM agreement WHERE id = pg_temp.demo_id(p_agreement);
    IF a.moved_in_on IS NULL OR a.moved_out_on IS NOT NULL OR p_day < a.moved_in_on THEN
        RAISE EXCEPTION 'demo: cannot move % out', p_agreement;
    END IF;
    UPDATE agreement SET moved_out_on = p_day, destination = p_destination, termination_ground = p_ground,
                         ended_on = p_day, end_reason = 'MOVED_OUT', version = version + 1
    WHERE id = a.id;
    UPDATE unit_reservation SET period = daterange(lower(period), p_day + 1) WHERE id = a.occupancy_id;
    -- R-ACC-3: the allocation closes with the agreement
    UPDATE allocation SET released_at = pg_temp.demo_at(p_day, '15:00'), release_reason = 'Avtalen er avsluttet (utflyttet)'
    WHERE intake_id = a.intake_id AND released_at IS NULL;
    PERFORM pg_temp.demo_aevent(p_agreement, 'MOVED_OUT', pg_temp.demo_at(p_day, '15:00'), p_user,
            'Flyttet ut ' || pg_temp.demo_nb(p_day) || ' til ' || p_destination
            || CASE WHEN p_ground = 'NONE' THEN '' ELSE ' etter oppsigelse (' || p_ground || ')' END);
END $f$;

-- The usual path from draft to move-in on p_start.
CREATE OR REPLACE FUNCTION pg_temp.demo_agreement_chain(p_agreement text, p_intake text, p_start date, p_staff text,
        p_leader text, p_contact text, p_plan text, p_goals text, p_needs text, p_provide text, p_deposit bigint)
RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM pg_temp.demo_draft(p_agreement, p_intake, p_start, p_staff, p_start - 6);
    PERFORM pg_temp.demo_contact(p_agreement, p_contact, p_leader, p_start - 6);
    PERFORM pg_temp.demo_follow_up(p_agreement, p_plan, p_goals, p_needs, p_provide, p_staff, p_start - 3);
    PERFORM pg_temp.demo_sign(p_agreement, 'RESIDENT', p_start - 1, p_staff);
    PERFORM pg_temp.demo_sign(p_agreement, 'MUNICIPALITY', p_start - 1, p_leader);
    PERFORM pg_temp.demo_deposit(p_agreement, p_deposit, p_start, NULL, p_start, p_staff, p_start);
    PERFORM pg_temp.demo_move_in(p_agreement, p_start, p_staff);
END $f$;

-- ------------------------------------------------------------------ the data

DO $demo$
DECLARE
    t date := pg_temp.demo_today();
    bak constant text := 'bakklandet';
    hei constant text := 'heidrunsenteret';
    val constant text := 'valoyveien-9';
    sok constant text := 'valoyveien-9-sokkelen';
    s date;
BEGIN
    IF EXISTS (SELECT 1 FROM person WHERE id = md5('demo/person/1')::uuid) THEN
        RAISE NOTICE 'Demodata finnes allerede; ingenting endret';
        RETURN;
    END IF;

    BEGIN
    -- Persons: given, family, male, age in years + days, phone, address, NAV contact, registered on.
    PERFORM pg_temp.demo_person(1, 'Jonas', 'Brattli', true, 23, 140, '900 01 101', 'Bakklandet bo- og tjenestetilbud, H101', 'NAV-veileder Kari Aune', t - 216);
    PERFORM pg_temp.demo_person(2, 'Ida', 'Solbakken', false, 20, 61, '900 01 102', 'Bakklandet bo- og tjenestetilbud, H102', 'NAV-veileder Per Haugen', t - 101);
    PERFORM pg_temp.demo_person(3, 'Mathias', 'Strand Eide', true, 25, 200, '900 01 103', 'Bakklandet bo- og tjenestetilbud, H103', 'NAV-veileder Kari Aune', t - 306);
    PERFORM pg_temp.demo_person(4, 'Emma', 'Lyngstad', false, 22, 30, '900 01 104', 'Privat leid leilighet (ny adresse ikke registrert)', 'NAV-veileder Siv Moe', t - 366);
    PERFORM pg_temp.demo_person(5, 'Tobias', 'Hegge', true, 26, 250, '900 01 105', 'Bakklandet bo- og tjenestetilbud, H105', 'NAV-veileder Per Haugen', t - 521);
    PERFORM pg_temp.demo_person(6, 'Nora', 'Fjeldstad', false, 19, 100, '900 01 106', 'Bor midlertidig hos en venninne', 'NAV-veileder Siv Moe', t - 60);
    PERFORM pg_temp.demo_person(7, 'Elias', 'Brekken', true, 21, 10, '900 01 107', 'Midlertidig botilbud (hospits)', 'NAV-veileder Kari Aune', t - 73);
    PERFORM pg_temp.demo_person(8, 'Sofie', 'Nygård', false, 22, 300, '900 01 108', 'Bor hos foreldrene', 'NAV-veileder Per Haugen', t - 60);
    PERFORM pg_temp.demo_person(9, 'Anne Kristin', 'Haugan', false, 41, 75, '900 01 109', 'Heidrunsenteret, Hybel 1', 'NAV-veileder Tor Lien', t - 276);
    PERFORM pg_temp.demo_person(10, 'Tone', 'Sæther', false, 34, 190, '900 01 110', 'Heidrunsenteret, Hybel 2', 'NAV-veileder Tor Lien', t - 151);
    PERFORM pg_temp.demo_person(11, 'Line', 'Rønning', false, 29, 20, '900 01 111', 'Krisesenteret (midlertidig)', 'NAV-veileder Siv Moe', t - 45);
    PERFORM pg_temp.demo_person(12, 'Kristian', 'Moe', true, 38, 160, '900 01 112', 'Uten fast bopel', 'NAV-veileder Tor Lien', t - 40);
    PERFORM pg_temp.demo_person(13, 'Geir Olav', 'Strøm', true, 53, 300, '900 01 113', 'Valøyveien 9, leilighet 004', 'NAV-veileder Tor Lien', t - 760);
    PERFORM pg_temp.demo_person(14, 'Randi', 'Kvam', false, 47, 45, '900 01 114', 'Valøyveien 9, leilighet 015', 'NAV-veileder Siv Moe', t - 471);
    PERFORM pg_temp.demo_person(15, 'Ørjan', 'Lie', true, 44, 120, '900 01 115', 'Valøyveien 9, leilighet 027', 'NAV-veileder Kari Aune', t - 176);
    PERFORM pg_temp.demo_person(16, 'Vilde', 'Aasen', false, 19, 215, '900 01 116', 'Bor hos mormor', 'NAV-veileder Per Haugen', t - 2);
    PERFORM pg_temp.demo_person(17, 'Håkon', 'Rye', true, 33, 80, '900 01 117', 'Midlertidig botilbud (hospits)', 'NAV-veileder Tor Lien', t - 1);
    PERFORM pg_temp.demo_person(18, 'Sebastian', 'Lund', true, 20, 170, '900 01 118', 'Uten fast bopel', 'NAV-veileder Kari Aune', t - 20);
    PERFORM pg_temp.demo_person(19, 'Hege', 'Dahl', false, 45, 5, '900 01 119', 'Leier rom privat, må flytte', 'NAV-veileder Siv Moe', t - 35);
    PERFORM pg_temp.demo_person(20, 'Adrian', 'Solheim', true, 24, 330, '900 01 120', 'Bor hos en kamerat', 'NAV-veileder Per Haugen', t - 100);
    PERFORM pg_temp.demo_person(21, 'Julie', 'Nilsen', false, 23, 40, '900 01 121', 'Innlagt i døgnbehandling', 'NAV-veileder Siv Moe', t - 50);

    -- ============================================================ Bakklandet (BTA, 5 000 kr)

    -- 4. Emma Lyngstad, H104: renewed, gave notice, moved out to a private rental three weeks ago.
    --    First, so that H104 is free again when Sofie is allocated it below.
    s := t - 300;
    PERFORM pg_temp.demo_intake_chain('intake/4', 4, bak, 'H104', s, 60, 2,
        'Trenger rusfritt bomiljø for å holde på behandlingsresultatet; bor nå hos venner.',
        'Ung kvinne som nettopp har fullført døgnbehandling for rusproblemer. Hun er motivert, men har ingen rusfri bolig å komme tilbake til, og risikoen for tilbakefall er stor uten tett oppfølging de første månedene.',
        'Tett oppfølging i overgangen fra behandling, hjelp med økonomi og søknad om bostøtte.',
        'Ønsker å bo sentralt og fortsette utdanningen.', 'Lars Leder',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med miljøterapeut, hjelp med økonomi, struktur i hverdagen og oppfølging av rusmestring.');
    PERFORM pg_temp.demo_agreement_chain('agreement/4', 'intake/4', s, 'bakklandet1', 'bakklandet-leder', 'Ola Nordvik',
        'ACCEPTED', NULL, NULL, NULL, 100000);
    PERFORM pg_temp.demo_meeting('agreement/4', 'PRIMARY_CONTACT_TALK', s + 10, 'God start. Har fått plass på voksenopplæringen.', 'bakklandet1');
    PERFORM pg_temp.demo_evaluate('agreement/4', (s + interval '2 months')::date - 8,
        'Rusfri hele perioden, følger skolegang og betaler egenbetalingen. Enighet om å fornye for ett år.', 'bakklandet-leder');
    PERFORM pg_temp.demo_renew_year('agreement/4', 'bakklandet-leder', (s + interval '2 months')::date - 6);
    PERFORM pg_temp.demo_meeting('agreement/4', 'PRIMARY_CONTACT_TALK', s + 120, 'Snakket om veien videre; ønsker å leie privat sammen med søsteren.', 'bakklandet1');
    PERFORM pg_temp.demo_notice('agreement/4', 'RESIDENT', t - 38, 'Har fått leiekontrakt på en privat leilighet', 'bakklandet1');
    PERFORM pg_temp.demo_move_out('agreement/4', t - 24, 'PRIVATE_RENTAL', 'NONE', 'bakklandet1');
    PERFORM pg_temp.demo_deposit('agreement/4', 100000, s, t - 22, s, 'bakklandet1', t - 22);

    -- 1. Jonas Brattli, H101: first period, evaluation, renewed for a year.
    s := t - 150;
    PERFORM pg_temp.demo_intake_chain('intake/1', 1, bak, 'H101', s, 65, 1,
        'Bostedsløs etter brudd med familien; akutt behov.',
        'Ung mann med blandingsmisbruk og ADHD. Har vært uten fast bolig i et halvt år og bodd på hospits. Han ønsker selv et rusfritt bomiljø og tett oppfølging; uten det vurderes risikoen for videre rusutvikling som høy.',
        'Struktur i hverdagen, oppfølging av medisinering, hjelp til å komme i aktivitet.',
        'Vil gjerne bo nær byen og jobbe med motorsykler.', 'Lars Leder',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med miljøterapeut, hjelp med økonomi, struktur i hverdagen og oppfølging av rusmestring.');
    PERFORM pg_temp.demo_agreement_chain('agreement/1', 'intake/1', s, 'bakklandet1', 'bakklandet-leder', 'Berit Bakken',
        'ACCEPTED', NULL, NULL, NULL, 100000);
    PERFORM pg_temp.demo_group('agreement/1', ARRAY['Jonas Brattli', 'Berit Bakken', 'Kari Aune', 'Dr. Nils Grøtte', 'Marit Vold'],
        ARRAY['Beboeren selv', 'Primærkontakt, Bakklandet', 'NAV', 'Fastlege', 'Rus- og psykiatritjenesten'], 'bakklandet-leder', s + 10);
    PERFORM pg_temp.demo_meeting('agreement/1', 'PRIMARY_CONTACT_TALK', s + 14, 'Gjennomgått husordensreglene og ukeplanen. Ønsker hjelp til å søke bostøtte.', 'bakklandet1');
    PERFORM pg_temp.demo_meeting('agreement/1', 'RESPONSIBILITY_GROUP', s + 30, 'Første ansvarsgruppemøte. Mål for individuell plan: rusfrihet, arbeidstrening, stabil økonomi.', 'bakklandet-leder');
    PERFORM pg_temp.demo_evaluate('agreement/1', (s + interval '2 months')::date - 8,
        'Har holdt seg rusfri, ett avvik med besøk etter kl. 23. Møter på arbeidstreningen tre dager i uka. Anbefaler fornyelse for ett år.', 'bakklandet-leder');
    PERFORM pg_temp.demo_renew_year('agreement/1', 'bakklandet-leder', (s + interval '2 months')::date - 6);
    PERFORM pg_temp.demo_meeting('agreement/1', 'PRIMARY_CONTACT_TALK', t - 20, 'Trives på arbeidstreningen. Har søkt bostøtte og fått innvilget.', 'bakklandet1');

    -- 2. Ida Solbakken, H102: in the first short period, ending within 30 days, no evaluation yet.
    s := t - 35;
    PERFORM pg_temp.demo_intake_chain('intake/2', 2, bak, 'H102', s, 64, 1,
        'Må ut av barnevernets ettervernsbolig; ingen annen bolig.',
        'Ung kvinne i ettervern fra barnevernet med alkohol- og cannabisproblemer. Ettervernsboligen opphører, og hun trenger et trygt og rusfritt sted med voksne til stede.',
        'Hjelp med økonomi og døgnrytme, følge opp skole.',
        'Vil bo rusfritt og ha noen å snakke med.', 'Lars Leder',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med miljøterapeut, hjelp med økonomi og døgnrytme, oppfølging av skolegang.');
    PERFORM pg_temp.demo_agreement_chain('agreement/2', 'intake/2', s, 'bakklandet1', 'bakklandet-leder', 'Siri Hoff',
        'DECLINED', 'Holde seg rusfri, fullføre videregående, lære å styre egen økonomi.',
        'Faste samtaler, hjelp til å lage budsjett, støtte i kontakt med skolen.',
        'Primærkontaktsamtale hver uke, budsjettveiledning hver måned, følge til møter med skole og NAV ved behov.', 100000);
    PERFORM pg_temp.demo_meeting('agreement/2', 'PRIMARY_CONTACT_TALK', s + 7, 'Har kommet seg på plass. Liten kontakt med andre beboere foreløpig.', 'bakklandet1');
    PERFORM pg_temp.demo_meeting('agreement/2', 'PRIMARY_CONTACT_TALK', s + 21, 'Laget budsjett sammen. Ønsker at mor blir med i ansvarsgruppen.', 'bakklandet1');

    -- 3. Mathias Strand Eide, H103: renewed; gave notice five days ago, moves to a municipal flat.
    s := t - 240;
    PERFORM pg_temp.demo_intake_chain('intake/3', 3, bak, 'H103', s, 66, 2,
        'Løslates fra soning uten bolig; motivert for rusfrihet.',
        'Ung mann som løslates etter soning for vinningskriminalitet knyttet til rus. Han har vært rusfri under soningen og ønsker å bryte med miljøet. Vurderes å trenge et rusfritt, bemannet botilbud i overgangen.',
        'Oppfølging etter løslatelse, hjelp til arbeid og gjeld.',
        'Vil ikke tilbake til det gamle miljøet.', 'Lars Leder',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med miljøterapeut, hjelp med økonomi og gjeldsordning, oppfølging av rusmestring.');
    PERFORM pg_temp.demo_agreement_chain('agreement/3', 'intake/3', s, 'bakklandet1', 'bakklandet-leder', 'Ola Nordvik',
        'DECLINED', 'Rusfrihet, komme i jobb, ordne gjelden.',
        'Støtte til å søke jobb, kontakt med gjeldsrådgiver.',
        'Ukentlige samtaler, følge til gjeldsrådgiver og NAV, hjelp til å søke kommunal bolig.', 100000);
    PERFORM pg_temp.demo_evaluate('agreement/3', (s + interval '2 months')::date - 8,
        'Rusfri, stabil, har fått deltidsjobb på et lager. Fornyes for ett år; mål om egen bolig innen året.', 'bakklandet-leder');
    PERFORM pg_temp.demo_renew_year('agreement/3', 'bakklandet-leder', (s + interval '2 months')::date - 6);
    PERFORM pg_temp.demo_meeting('agreement/3', 'PRIMARY_CONTACT_TALK', t - 60, 'Har søkt kommunal utleiebolig med hjelp fra HVK.', 'bakklandet1');
    PERFORM pg_temp.demo_notice('agreement/3', 'RESIDENT', t - 5, 'Har fått tildelt kommunal utleiebolig og flytter dit', 'bakklandet1');

    -- 5. Tobias Hegge, H105: the longest stay at Bakklandet, renewed twice, individual plan and responsibility group.
    s := t - 450;
    PERFORM pg_temp.demo_intake_chain('intake/5', 5, bak, 'H105', s, 70, 1,
        'Utskrives fra akuttpsykiatrien uten bolig.',
        'Ung mann med psykoselidelse og amfetaminmisbruk (ROP). Utskrives fra akuttavdelingen og har ikke bolig. Trenger et rusfritt bomiljø med personale til stede og tett samarbeid med spesialisthelsetjenesten.',
        'Oppfølging av medisiner, tett samarbeid med poliklinikk, hjelp med praktiske gjøremål.',
        'Ønsker å bo et sted med folk rundt seg.', 'Lars Leder',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med miljøterapeut, oppfølging av medisinering i samarbeid med spesialisthelsetjenesten, hjelp med praktiske gjøremål.');
    PERFORM pg_temp.demo_agreement_chain('agreement/5', 'intake/5', s, 'bakklandet1', 'bakklandet-leder', 'Berit Bakken',
        'ACCEPTED', NULL, NULL, NULL, 100000);
    PERFORM pg_temp.demo_group('agreement/5', ARRAY['Tobias Hegge', 'Berit Bakken', 'Per Haugen', 'Dr. Ingrid Sæle', 'Astrid Hegge'],
        ARRAY['Beboeren selv', 'Primærkontakt, Bakklandet', 'NAV', 'ROP-poliklinikken', 'Mor, pårørende'], 'bakklandet-leder', s + 7);
    PERFORM pg_temp.demo_meeting('agreement/5', 'RESPONSIBILITY_GROUP', s + 21, 'Individuell plan startet. Medisinering følges opp av poliklinikken.', 'bakklandet-leder');
    PERFORM pg_temp.demo_evaluate('agreement/5', (s + interval '2 months')::date - 8,
        'Stabil psykisk, ett tilbakefall i uke 3 håndtert med muntlig advarsel. Fornyes for ett år.', 'bakklandet-leder');
    PERFORM pg_temp.demo_renew_year('agreement/5', 'bakklandet-leder', (s + interval '2 months')::date - 6);
    PERFORM pg_temp.demo_meeting('agreement/5', 'RESPONSIBILITY_GROUP', s + 180, 'Går bra. Begynt i tilrettelagt arbeid to dager i uka.', 'bakklandet-leder');
    PERFORM pg_temp.demo_evaluate('agreement/5', (s + interval '14 months')::date - 11,
        'Årsevaluering: rusfri siste halvår, god kontakt med poliklinikken. Fornyes ett år til; plan for overgang til egen bolig.', 'bakklandet-leder');
    PERFORM pg_temp.demo_renew_year('agreement/5', 'bakklandet-leder', (s + interval '14 months')::date - 9);
    PERFORM pg_temp.demo_meeting('agreement/5', 'PRIMARY_CONTACT_TALK', t - 7, 'Snakket om søknad om kommunal bolig neste år.', 'bakklandet1');

    -- 6. Nora Fjeldstad, H201: decided; the agreement is a draft nobody has signed yet.
    s := t + 5;
    PERFORM pg_temp.demo_intake_chain('intake/6', 6, bak, 'H201', s, 65, 1,
        'Ung og uten bolig; bor hos venner i rusmiljøet.',
        'Ung kvinne som har droppet ut av videregående og bor hos venner i et rusmiljø. Hun ønsker å komme seg ut og har sagt ja til tett oppfølging. Et rusfritt bomiljø for unge vurderes som riktig tiltak.',
        'Trygg bolig, hjelp til å komme tilbake til skole.',
        'Vil bo med andre på sin egen alder.', 'Lars Leder',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med miljøterapeut, hjelp med økonomi og struktur i hverdagen.');
    PERFORM pg_temp.demo_draft('agreement/6', 'intake/6', s, 'bakklandet1', t - 1);
    PERFORM pg_temp.demo_contact('agreement/6', 'Siri Hoff', 'bakklandet-leder', t - 1);
    PERFORM pg_temp.demo_follow_up('agreement/6', 'ACCEPTED', NULL, NULL, NULL, 'bakklandet1', t - 1);

    -- 7. Elias Brekken, H202: decided, ready for an agreement.
    PERFORM pg_temp.demo_intake_chain('intake/7', 7, bak, 'H202', t + 8, 80, 2,
        'Bor på hospits; ønsker rusfritt tilbud.',
        'Ung mann med cannabis- og alkoholproblemer som har bodd på hospits i tre måneder. Han har fått plass på et arbeidsrettet tiltak og trenger et stabilt og rusfritt sted å bo for å klare det.',
        'Hjelp med døgnrytme og økonomi.',
        'Ønsker å komme i jobb.', 'Lars Leder',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med miljøterapeut, hjelp med døgnrytme og økonomi.');

    -- 8. Sofie Nygård: allocated H104 from next week, after Emma moved out.
    PERFORM pg_temp.demo_submit('intake/8', 8, t - 61, t - 60,
        'Ung kvinne med alvorlig alkoholproblem som bor hos foreldrene. Konfliktnivået hjemme er høyt, og foreldrene ønsker ikke at hun bor der lenger. Hun er motivert for et rusfritt bomiljø.',
        'Tett oppfølging, hjelp med økonomi.', 'Vil gjerne bo sentralt.', ARRAY['bakklandet'], false);
    PERFORM pg_temp.demo_prioritise('intake/8', 1, 'Må flytte hjemmefra snarest; høyt konfliktnivå.', t - 55);
    PERFORM pg_temp.demo_allocate('intake/8', bak, 'H104', t + 7, 'Lars Leder', t - 3);

    -- ============================================================ Heidrunsenteret (BTA, women)

    -- 9. Anne Kristin Haugan, Hybel 1: renewed; cooperation agreement instead of an individual plan.
    s := t - 210;
    PERFORM pg_temp.demo_intake_chain('intake/9', 9, hei, 'Hybel 1', s, 60, 1,
        'Mistet leiligheten etter husleierestanse; bor på krisesenter.',
        'Kvinne med langvarig opioidavhengighet i LAR. Hun har mistet leiligheten etter restanse og bor midlertidig på krisesenter. Trenger et skjermet, rusfritt bomiljø for kvinner.',
        'Oppfølging av LAR, hjelp med økonomi og restanse.',
        'Vil bo et sted med bare kvinner.', 'Hilde Rønningen',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med personalet, samarbeid med LAR, hjelp med økonomi og nedbetaling av restanse.');
    PERFORM pg_temp.demo_agreement_chain('agreement/9', 'intake/9', s, 'heidrun1', 'heidrun-leder', 'Heidi Rundberg',
        'DECLINED', 'Stabil i LAR, ingen sidemisbruk, nedbetale gammel restanse.',
        'Hjelp til budsjett og kontakt med LAR-senteret.',
        'Daglig kontakt, følge til LAR-senteret ved behov, månedlig gjennomgang av økonomien.', 100000);
    PERFORM pg_temp.demo_group('agreement/9', ARRAY['Anne Kristin Haugan', 'Heidi Rundberg', 'Tor Lien', 'Lene Aas'],
        ARRAY['Beboeren selv', 'Primærkontakt, Heidrunsenteret', 'NAV', 'LAR-senteret'], 'heidrun-leder', s + 14);
    PERFORM pg_temp.demo_meeting('agreement/9', 'RESPONSIBILITY_GROUP', s + 28, 'Plan for nedbetaling av restanse avtalt med NAV.', 'heidrun-leder');
    PERFORM pg_temp.demo_evaluate('agreement/9', (s + interval '2 months')::date - 8,
        'Følger LAR og avtaler. Har betalt egenbetalingen hver måned. Fornyes for ett år.', 'heidrun-leder');
    PERFORM pg_temp.demo_renew_year('agreement/9', 'heidrun-leder', (s + interval '2 months')::date - 6);
    PERFORM pg_temp.demo_meeting('agreement/9', 'PRIMARY_CONTACT_TALK', t - 12, 'Restansen er halvert. Ønsker å begynne på et dagtilbud.', 'heidrun1');

    -- 10. Tone Sæther, Hybel 2: evaluated and renewed a month ago.
    s := t - 95;
    PERFORM pg_temp.demo_intake_chain('intake/10', 10, hei, 'Hybel 2', s, 56, 2,
        'Utskrevet fra rusbehandling; trenger rusfri overgangsbolig.',
        'Kvinne med alkoholavhengighet og angst som er ferdig med døgnbehandling. Hun har ikke egen bolig og trenger et rusfritt sted med personale for å holde på resultatet fra behandlingen.',
        'Oppfølging etter behandling, hjelp til å komme i aktivitet.',
        'Ønsker ro og trygghet.', 'Hilde Rønningen',
        'Praktisk bistand og opplæring i egen hybel: daglig kontakt med personalet, oppfølging etter behandling og hjelp til aktivitet.');
    PERFORM pg_temp.demo_agreement_chain('agreement/10', 'intake/10', s, 'heidrun1', 'heidrun-leder', 'Heidi Rundberg',
        'ACCEPTED', NULL, NULL, NULL, 100000);
    PERFORM pg_temp.demo_meeting('agreement/10', 'PRIMARY_CONTACT_TALK', s + 14, 'Har begynt i samtalegruppe på poliklinikken.', 'heidrun1');
    PERFORM pg_temp.demo_evaluate('agreement/10', (s + interval '2 months')::date - 8,
        'Rusfri, god kontakt med personalet. Fornyes for ett år.', 'heidrun-leder');
    PERFORM pg_temp.demo_renew_year('agreement/10', 'heidrun-leder', (s + interval '2 months')::date - 6);

    -- 11. Line Rønning, Hybel 3: orientation held, accepted; the decision is next.
    PERFORM pg_temp.demo_submit('intake/11', 11, t - 46, t - 45,
        'Kvinne med blandingsmisbruk som har bodd på krisesenter etter vold i nære relasjoner. Hun ønsker et rusfritt bomiljø kun for kvinner og har sagt ja til oppfølging.',
        'Trygghet, hjelp med økonomi, kontakt med rusbehandling.', 'Vil ikke bo der menn har tilgang.', ARRAY['heidrunsenteret'], false);
    PERFORM pg_temp.demo_prioritise('intake/11', 1, 'Må ut av krisesenteret; trenger skjermet tilbud for kvinner.', t - 40);
    PERFORM pg_temp.demo_allocate('intake/11', hei, 'Hybel 3', t + 7, 'Hilde Rønningen', t - 12);
    PERFORM pg_temp.demo_inform('intake/11', t - 10);
    PERFORM pg_temp.demo_schedule('intake/11', pg_temp.demo_at(t - 4, '13:00'), t - 10);
    PERFORM pg_temp.demo_orient('intake/11', t - 4, 'ACCEPTED', NULL);

    -- ============================================================ Valøyveien 9, Sokkelen (BTA)

    -- 12. Kristian Moe, S-hybel 1: informed; the orientation meeting is planned for next week.
    PERFORM pg_temp.demo_submit('intake/12', 12, t - 41, t - 40,
        'Mann med langvarig rus- og atferdsproblemer som har mistet flere kommunale boliger. Han trenger et bemannet botilbud med tydelige rammer.',
        'Tydelige rammer, tett oppfølging, hjelp med økonomi.', 'Vil ha et sted å bo som ikke er hospits.',
        ARRAY['valoyveien-9-sokkelen'], false);
    PERFORM pg_temp.demo_prioritise('intake/12', 1, 'Uten bolig; mange brutte botilbud.', t - 33);
    PERFORM pg_temp.demo_allocate('intake/12', sok, 'S-hybel 1', t + 14, 'Vegard Aunet', t - 6);
    PERFORM pg_temp.demo_inform('intake/12', t - 3);
    PERFORM pg_temp.demo_schedule('intake/12', pg_temp.demo_at(t + 4, '10:00'), t - 3);

    -- ============================================================ Valøyveien 9 (LEASE, 90 days' notice)

    -- 13. Geir Olav Strøm, 004: nearly two years in; the rent goes up next month after due notice.
    s := t - 700;
    PERFORM pg_temp.demo_intake_chain('intake/13', 13, val, '004', s, 60, 2,
        'Trenger varig bolig med oppfølging.',
        'Mann med alkoholavhengighet som har bodd i ulike midlertidige tilbud i flere år. Han er stabil nok til en egen leilighet med husleiekontrakt, men trenger oppfølging i hjemmet.',
        'Oppfølging i egen leilighet, hjelp med økonomi.', 'Ønsker egen leilighet.', 'Vegard Aunet',
        'Praktisk bistand og opplæring i egen leilighet: oppfølging i hjemmet to ganger i uka, hjelp med økonomi.');
    PERFORM pg_temp.demo_agreement_chain('agreement/13', 'intake/13', s, 'valoya1', 'valoya-leder', 'Vidar Øya',
        'ACCEPTED', NULL, NULL, NULL, 1200000);
    PERFORM pg_temp.demo_meeting('agreement/13', 'PRIMARY_CONTACT_TALK', t - 30, 'Trives i leiligheten. Drikker mindre enn før.', 'valoya1');
    PERFORM pg_temp.demo_fee_change('agreement/13',
        (date_trunc('month', t - 20) + interval '2 months')::date, 615000, t - 20, 'valoya-leder');

    -- 14. Randi Kvam, 015: cooperation agreement instead of an individual plan.
    s := t - 420;
    PERFORM pg_temp.demo_intake_chain('intake/14', 14, val, '015', s, 45, 2,
        'Trenger bolig etter samlivsbrudd; stabil i LAR.',
        'Kvinne i LAR som etter samlivsbrudd står uten bolig. Hun er stabil og ønsker egen leilighet, men trenger noe oppfølging i hjemmet den første tiden.',
        'Noe oppfølging i hjemmet.', 'Ønsker å bo for seg selv.', 'Vegard Aunet',
        'Praktisk bistand i egen leilighet: oppfølging i hjemmet ukentlig, samarbeid med LAR.');
    PERFORM pg_temp.demo_agreement_chain('agreement/14', 'intake/14', s, 'valoya1', 'valoya-leder', 'Vidar Øya',
        'DECLINED', 'Beholde leiligheten, stabil i LAR, komme i arbeid.',
        'Ukentlig kontakt, hjelp ved brev fra NAV og utleier.',
        'Hjemmebesøk hver uke, hjelp med post og økonomi ved behov.', 1200000);
    PERFORM pg_temp.demo_meeting('agreement/14', 'PRIMARY_CONTACT_TALK', t - 45, 'Har fått jobb i kantine tre dager i uka.', 'valoya1');

    -- 15. Ørjan Lie, 027: moved in four months ago.
    s := t - 120;
    PERFORM pg_temp.demo_intake_chain('intake/15', 15, val, '027', s, 56, 1,
        'Mistet bolig etter brann; akutt behov.',
        'Mann med cannabisavhengighet og depresjon som mistet leiligheten etter en brann i bygården. Han har behov for egen leilighet med oppfølging.',
        'Oppfølging i hjemmet, kontakt med psykisk helsetjeneste.', 'Ønsker egen leilighet.', 'Vegard Aunet',
        'Praktisk bistand i egen leilighet: oppfølging i hjemmet to ganger i uka, samarbeid med psykisk helsetjeneste.');
    PERFORM pg_temp.demo_agreement_chain('agreement/15', 'intake/15', s, 'valoya1', 'valoya-leder', 'Vidar Øya',
        'ACCEPTED', NULL, NULL, NULL, 1200000);
    PERFORM pg_temp.demo_meeting('agreement/15', 'PRIMARY_CONTACT_TALK', s + 14, 'Innflyttingen gikk bra. Trenger hjelp til å skaffe møbler.', 'valoya1');

    -- ============================================================ applications not yet placed

    -- 16. Vilde Aasen and 17. Håkon Rye: registered by HVK, not yet prioritised.
    PERFORM pg_temp.demo_submit('intake/16', 16, t - 3, t - 2,
        'Ung kvinne med økende alkohol- og pillebruk som må flytte fra mormor. Hun ønsker selv et rusfritt sted med andre unge og har sagt ja til oppfølging.',
        'Struktur, hjelp med skole og økonomi.', 'Vil bo sammen med andre unge.', ARRAY['bakklandet'], false);
    PERFORM pg_temp.demo_submit('intake/17', 17, t - 1, t - 1,
        'Mann med amfetaminmisbruk og atferdsproblemer som bor på hospits. Han har vedtak om kommunal utleiebolig, men trenger et bemannet tilbud inntil han klarer å bo selvstendig.',
        'Tydelige rammer og daglig oppfølging.', 'Vil helst ikke bo sentralt.', ARRAY['valoyveien-9-sokkelen', 'valoyveien-9'], true);

    -- 18-20. On the waiting list with priorities 1, 2 and 3.
    PERFORM pg_temp.demo_submit('intake/18', 18, t - 21, t - 20,
        'Ung mann uten fast bopel med cannabis- og amfetaminbruk. Han har nylig sagt ja til behandling og trenger et rusfritt sted å bo mens han venter på plass.',
        'Bolig og daglig oppfølging.', 'Vil bo i byen.', ARRAY['bakklandet'], false);
    PERFORM pg_temp.demo_prioritise('intake/18', 1, 'Uten bolig og ung; skal begynne i poliklinisk behandling.', t - 16);

    PERFORM pg_temp.demo_submit('intake/19', 19, t - 36, t - 35,
        'Kvinne med alkoholavhengighet som leier et rom privat og har fått beskjed om å flytte. Hun ønsker et skjermet bomiljø for kvinner.',
        'Oppfølging og trygghet.', 'Vil bo med andre kvinner.', ARRAY['heidrunsenteret'], false);
    PERFORM pg_temp.demo_prioritise('intake/19', 3, 'Har bolig ut måneden.', t - 30);
    PERFORM pg_temp.demo_prioritise('intake/19', 2, 'Utleier har sagt opp rommet med kort frist; behovet er større.', t - 9);

    -- 20. Adrian Solheim said no to H203 at the orientation meeting, then applied again.
    PERFORM pg_temp.demo_submit('intake/20', 20, t - 101, t - 100,
        'Ung mann med cannabisbruk som bor hos en kamerat. Trenger et stabilt sted å bo og oppfølging for å komme i arbeid.',
        'Bolig og oppfølging.', 'Usikker på om han vil bo i et rusfritt hus.', ARRAY['bakklandet'], false);
    PERFORM pg_temp.demo_prioritise('intake/20', 2, 'Har midlertidig tak over hodet hos kamerat.', t - 95);
    PERFORM pg_temp.demo_allocate('intake/20', bak, 'H203', t - 75, 'Lars Leder', t - 85);
    PERFORM pg_temp.demo_inform('intake/20', t - 82);
    PERFORM pg_temp.demo_schedule('intake/20', pg_temp.demo_at(t - 79, '13:00'), t - 82);
    PERFORM pg_temp.demo_orient('intake/20', t - 79, 'DECLINED', 'Ønsker ikke å forplikte seg til et helt rusfritt hus nå');

    PERFORM pg_temp.demo_submit('intake/22', 20, t - 31, t - 30,
        'Ny søknad. Søkeren takket nei til plass på Bakklandet for to måneder siden, men har nå mistet rommet hos kameraten og ønsker et rusfritt tilbud med oppfølging.',
        'Bolig og oppfølging, hjelp til å komme i arbeid.', 'Er nå klar for et rusfritt hus.', ARRAY['bakklandet'], false);
    PERFORM pg_temp.demo_prioritise('intake/22', 3, 'Takket nei til tilbud tidligere; har nå midlertidig bolig hos familie.', t - 25);

    -- 21. Julie Nilsen withdrew: she got a place in residential treatment.
    PERFORM pg_temp.demo_submit('intake/21', 21, t - 51, t - 50,
        'Ung kvinne med opioidbruk som har søkt døgnbehandling. Søker bo- og tjenestetilbud i tilfelle ventetiden på behandling blir lang.',
        'Rusfri bolig i ventetiden.', 'Vil helst rett i behandling.', ARRAY['bakklandet'], false);
    PERFORM pg_temp.demo_prioritise('intake/21', 2, 'Venter på døgnbehandling; har ikke bolig.', t - 45);
    PERFORM pg_temp.demo_withdraw('intake/21', t - 10, 'Søkeren har fått plass i døgnbehandling');

    EXCEPTION WHEN exclusion_violation OR unique_violation THEN
        -- a development database with conflicting data of its own: leave it as it is
        RAISE WARNING 'Demodata ble ikke lagt inn (databasen har data som er i konflikt med den): %', SQLERRM;
    END;
END $demo$;

-- a development database filled before applications were keyed on the caseworker's subject
UPDATE intake SET caseworker_subject = pg_temp.demo_hvk1_subject() WHERE caseworker = 'hvk1' AND caseworker_subject IS NULL;

DROP FUNCTION pg_temp.demo_hvk1_subject, pg_temp.demo_agreement_chain, pg_temp.demo_move_out, pg_temp.demo_notice, pg_temp.demo_fee_change,
    pg_temp.demo_renew_year, pg_temp.demo_evaluate, pg_temp.demo_meeting, pg_temp.demo_group, pg_temp.demo_move_in,
    pg_temp.demo_deposit, pg_temp.demo_sign, pg_temp.demo_follow_up, pg_temp.demo_contact, pg_temp.demo_draft,
    pg_temp.demo_fagleder, pg_temp.demo_arequire, pg_temp.demo_aevent, pg_temp.demo_intake_chain, pg_temp.demo_withdraw,
    pg_temp.demo_decide, pg_temp.demo_release, pg_temp.demo_orient, pg_temp.demo_schedule, pg_temp.demo_inform,
    pg_temp.demo_allocate, pg_temp.demo_prioritise, pg_temp.demo_submit, pg_temp.demo_require, pg_temp.demo_ievent,
    pg_temp.demo_person, pg_temp.demo_today, pg_temp.demo_fnr, pg_temp.demo_role, pg_temp.demo_kr, pg_temp.demo_nb,
    pg_temp.demo_at, pg_temp.demo_unit, pg_temp.demo_id;
