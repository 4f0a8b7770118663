-- Step 1: facilities, units and house rules. The ten facilities of V2 (with their 87 units and rules) stay as the
-- migration made them and count in the totals; the rest are invented facilities in forty municipalities, about 70 %
-- BTA (some for young adults 18-30, some for women or men only) and 30 % tenancies (a third of which collect
-- egenbetaling themselves, R-PAY-8). About 2 % of the BTA facilities were converted to tenancies during the ten years
-- (R-FAC-3): their conversion is DONE, with new house rules from its date. A third of the facilities revised their
-- house rules once (version 2).
\set ON_ERROR_STOP 1

-- ------------------------------------------------------------------ the facilities, as the generator plans them
CREATE TABLE gen.f (
    fno int PRIMARY KEY, id text UNIQUE, municipality text, kind_orig text, kind_now text, conv_on date,
    collects boolean, fee_now bigint, youth boolean, sexes text[], notice_orig int, n_units int,
    staff text, staff_name text, leader text, leader_name text, leader2 text, leader2_name text,
    rules_v1 uuid, rules_v2 uuid, v2_from date);

-- the ten facilities of V2 first, in id order
INSERT INTO gen.f (fno, id, municipality, kind_orig, kind_now, collects, fee_now, youth, sexes, notice_orig, n_units,
                   staff, staff_name, leader, leader_name, leader2, leader2_name, rules_v1)
SELECT row_number() OVER (ORDER BY f.id), f.id, 'Trondheim', f.agreement_kind, f.agreement_kind, f.collects_egenbetaling,
       f.monthly_fee_ore, coalesce(f.target_max_age <= 30, false), f.target_sexes, f.notice_days,
       (SELECT count(*) FROM unit u WHERE u.facility_id = f.id),
       CASE f.id WHEN 'bakklandet' THEN 'bakklandet1' WHEN 'heidrunsenteret' THEN 'heidrun1' WHEN 'valoyveien-9' THEN 'valoya1'
                 ELSE f.id || '-1' END,
       CASE f.id WHEN 'bakklandet' THEN 'Berit Bakken' WHEN 'heidrunsenteret' THEN 'Heidi Rundberg' WHEN 'valoyveien-9' THEN 'Vidar Øya'
                 ELSE 'Miljøterapeut ' || f.name END,
       CASE f.id WHEN 'bakklandet' THEN 'bakklandet-leder' WHEN 'heidrunsenteret' THEN 'heidrun-leder'
                 WHEN 'valoyveien-9' THEN 'valoya-leder' WHEN 'gamle-oslovei-93' THEN 'goa93-leder'
                 WHEN 'osloveien-155' THEN 'osloveien155-leder' ELSE f.id || '-leder' END,
       CASE f.id WHEN 'bakklandet' THEN 'Lars Leder' WHEN 'valoyveien-9' THEN 'Vera Lund' WHEN 'gamle-oslovei-93' THEN 'Gunn Oslovei'
                 WHEN 'osloveien-155' THEN 'Ola Østmo' ELSE 'Fagleder ' || f.name END,
       CASE f.id WHEN 'bakklandet' THEN 'bakklandet-leder2' WHEN 'gamle-oslovei-93' THEN 'goa93-leder2'
                 WHEN 'osloveien-155' THEN 'osloveien155-leder2' ELSE f.id || '-leder2' END,
       CASE f.id WHEN 'bakklandet' THEN 'Lise Lien' WHEN 'gamle-oslovei-93' THEN 'Gro Oslovei'
                 WHEN 'osloveien-155' THEN 'Oline Vik' ELSE 'Fagleder 2 ' || f.name END,
       md5(f.id || '/rules/1')::uuid
FROM facility f;

-- the invented ones
WITH params AS (
    SELECT p.*, greatest(p.n_facilities - 10, 2) AS n_gen,
           (SELECT count(*) FROM unit) AS demo_units FROM gen.p p
), g AS (
    SELECT n + 10 AS fno, n, p.*,
           (SELECT v FROM gen.names WHERE kind = 'municipality')[1 + floor(power(gen.r(n, 1), 1.6) * 40)::int] AS municipality,
           CASE WHEN gen.r(n, 2) < 0.7 THEN 'BTA' ELSE 'LEASE' END AS kind_orig,
           gen.r(n, 3) AS rt
    FROM params p, generate_series(1, (SELECT n_gen FROM params)) n
)
INSERT INTO gen.f (fno, id, municipality, kind_orig, kind_now, conv_on, collects, fee_now, youth, sexes, notice_orig,
                   n_units, staff, staff_name, leader, leader_name, leader2, leader2_name, rules_v1)
SELECT g.fno, x.id, g.municipality, g.kind_orig,
       CASE WHEN conv THEN 'LEASE' ELSE g.kind_orig END,
       CASE WHEN conv THEN (date_trunc('month', g.t0 + 365 + gen.ri(g.n, 5, 0, 3000)))::date END,
       CASE WHEN g.kind_orig = 'BTA' AND NOT conv THEN true ELSE gen.r(g.n, 6) < 0.33 AND NOT conv END,
       CASE WHEN g.kind_orig = 'BTA' THEN 400000 + 5000 * gen.ri(g.n, 7, 0, 50) ELSE 550000 + 5000 * gen.ri(g.n, 7, 0, 60) END,
       g.kind_orig = 'BTA' AND g.rt < 0.2,
       CASE WHEN g.rt >= 0.2 AND g.rt < 0.35 THEN '{FEMALE}' WHEN g.rt >= 0.35 AND g.rt < 0.45 THEN '{MALE}'
            ELSE '{FEMALE,MALE}' END::text[],
       CASE WHEN g.kind_orig = 'BTA' THEN 14 ELSE 90 END,
       greatest(2, round((g.n_units - g.demo_units)::numeric / g.n_gen * (0.4 + 1.2 * gen.r(g.n, 8))))::int,
       x.id || '-1', gen.pick((SELECT v FROM gen.names WHERE kind = 'female'), g.n, 9) || ' '
                     || gen.pick((SELECT v FROM gen.names WHERE kind = 'family'), g.n, 10),
       x.id || '-leder', gen.pick((SELECT v FROM gen.names WHERE kind = 'male'), g.n, 11) || ' '
                     || gen.pick((SELECT v FROM gen.names WHERE kind = 'family'), g.n, 12),
       x.id || '-leder2', gen.pick((SELECT v FROM gen.names WHERE kind = 'female'), g.n, 13) || ' '
                     || gen.pick((SELECT v FROM gen.names WHERE kind = 'family'), g.n, 14),
       md5(x.id || '/rules/1')::uuid
FROM g
CROSS JOIN LATERAL (SELECT g.kind_orig = 'BTA' AND gen.r(g.n, 4) < 0.02 AS conv) c
CROSS JOIN LATERAL (SELECT translate(lower(g.municipality), 'æøå ', 'aoa-') || CASE WHEN g.kind_orig = 'BTA' THEN '-botiltak-' ELSE '-boliger-' END
                           || lpad(g.n::text, 4, '0') AS id) x;

-- a third of the facilities revised their house rules once; a converted facility took new rules on its conversion
UPDATE gen.f SET v2_from = coalesce(conv_on, (SELECT t0 FROM gen.p) + gen.ri(fno, 20, 60, 3300)),
                 rules_v2 = md5(id || '/rules/2')::uuid
WHERE conv_on IS NOT NULL OR (fno > 10 AND gen.r(fno, 21) < 0.33);

INSERT INTO facility (id, name, agreement_kind, address, operator, description, target_sexes, target_min_age, target_max_age,
                      target_description, substance_policy, substance_policy_note, monthly_fee_ore, fee_includes, notice_days,
                      exclusion_days, max_continuous_stay_days, entry_grounds, collects_egenbetaling, version)
SELECT f.id, s.street || ' ' || s.num || ', ' || f.municipality, f.kind_now,
       s.street || ' ' || s.num || ', ' || lpad(gen.ri(f.fno, 30, 1, 9999)::text, 4, '0') || ' ' || f.municipality,
       gen.pick((SELECT v FROM gen.names WHERE kind = 'operator'), f.fno, 31) || ', ' || f.municipality || ' kommune',
       CASE WHEN f.kind_now = 'BTA' THEN 'Bemannet bo- og tjenestetilbud med ' || f.n_units || ' boenheter.'
            ELSE f.n_units || ' leiligheter med tidsbestemt husleiekontrakt og beboeravtale.' END,
       f.sexes, 18, CASE WHEN f.youth THEN 30 END,
       CASE WHEN f.youth THEN 'Unge voksne 18–30 år med rusproblemer'
            WHEN f.sexes = '{FEMALE}' THEN 'Kvinner med rusproblemer'
            WHEN f.sexes = '{MALE}' THEN 'Menn med rusproblemer'
            ELSE 'Menn og kvinner med rus- og psykiske problemer' END,
       CASE WHEN f.kind_now = 'LEASE' THEN 'TENANCY' WHEN gen.r(f.fno, 32) < 0.7 THEN 'SUBSTANCE_FREE' ELSE 'NO_ILLEGAL_SUBSTANCES' END,
       CASE WHEN f.kind_now = 'LEASE' THEN 'Husleieloven gjelder.' ELSE 'Ingen rusmidler i huset.' END,
       f.fee_now,
       CASE WHEN f.kind_now = 'BTA' THEN '{Hybel,Strøm,"Oppfølging av personalet"}' ELSE '{Leilighet}' END::text[],
       CASE WHEN f.kind_now = 'BTA' THEN 14 ELSE 90 END,
       CASE WHEN f.kind_now = 'BTA' THEN gen.ri(f.fno, 33, 3, 7) END,
       CASE WHEN f.kind_now = 'BTA' THEN (ARRAY[365, 730, 730, 730, 1095])[gen.ri(f.fno, 34, 1, 5)] END,
       CASE WHEN f.kind_now = 'BTA' THEN '{DANGER_TO_LIFE_OR_HEALTH,NOISE_AND_DISTURBANCE,POLICE_WARRANT,SUSPECTED_UNWANTED_PERSONS,NO_ANSWER_AT_HMS_ROUND}'
            ELSE '{DANGER_TO_LIFE_OR_HEALTH}' END::text[],
       f.collects, CASE WHEN f.conv_on IS NOT NULL THEN 1 ELSE 0 END
FROM gen.f f
-- a street and a house number (with a letter when two facilities would have the same address and name)
JOIN (SELECT x.fno, x.street, x.n || CASE WHEN row_number() OVER (PARTITION BY x.street, x.n, x.municipality ORDER BY x.fno) > 1
                                          THEN ' ' || chr(64 + row_number() OVER (PARTITION BY x.street, x.n, x.municipality ORDER BY x.fno)::int)
                                          ELSE '' END AS num
      FROM (SELECT g.fno, g.municipality, gen.pick((SELECT v FROM gen.names WHERE kind = 'street'), g.fno, 35) AS street,
                   gen.ri(g.fno, 36, 1, 160)::text AS n
            FROM gen.f g) x) s ON s.fno = f.fno
WHERE f.fno > 10;

-- ------------------------------------------------------------------ house rules (the texts of V2, own wording)
CREATE TABLE gen.rules (kind text, category text, number int, text text);
INSERT INTO gen.rules
SELECT 'BTA', r.category, r.number, r.text FROM house_rule r WHERE r.rules_version_id = md5('bakklandet/rules/1')::uuid
UNION ALL
SELECT 'LEASE', r.category, r.number, r.text FROM house_rule r WHERE r.rules_version_id = md5('valoyveien-9/rules/1')::uuid;

INSERT INTO house_rules_version (id, facility_id, version, valid_from, created_at, created_by, change_note)
SELECT f.rules_v1, f.id, 1, DATE '2013-05-01', TIMESTAMPTZ '2013-04-20 08:00:00Z', 'system', 'Første versjon, overført fra papiravtalen'
FROM gen.f f WHERE f.fno > 10
UNION ALL
SELECT f.rules_v2, f.id, 2, f.v2_from, gen.at(f.v2_from - 20, '10:00'), f.leader,
       CASE WHEN f.conv_on IS NOT NULL THEN 'Husordensregler for leieforhold etter omgjøringen'
            ELSE 'Regler om besøk og ro revidert' END
FROM gen.f f WHERE f.rules_v2 IS NOT NULL;

INSERT INTO house_rule (rules_version_id, category, number, text)
SELECT f.rules_v1, r.category, r.number, r.text FROM gen.f f JOIN gen.rules r ON r.kind = f.kind_orig WHERE f.fno > 10
UNION ALL
SELECT f.rules_v2, r.category, r.number,
       CASE WHEN f.conv_on IS NULL AND r.kind = 'BTA' AND r.category = 'HOUSE' AND r.number = 4
            THEN 'Fra kl. 23.00 skal det være ro i huset. Besøk avtales med personalet og varer til kl. 22.00.' ELSE r.text END
FROM gen.f f JOIN gen.rules r ON r.kind = f.kind_now WHERE f.rules_v2 IS NOT NULL;

-- ------------------------------------------------------------------ units: ~27 a facility (see GENERATOR.md)
CREATE TABLE gen.u (uno int PRIMARY KEY, id uuid, fno int, facility_id text, label text);
INSERT INTO unit (id, facility_id, label, unit_type, floor)
SELECT md5(f.id || '/' || l.label)::uuid, f.id, l.label, l.unit_type, l.floor
FROM gen.f f CROSS JOIN generate_series(1, f.n_units) n
CROSS JOIN LATERAL (SELECT CASE WHEN f.kind_orig = 'BTA' THEN 'H' || (1 + (n - 1) / 12) || lpad((1 + (n - 1) % 12)::text, 2, '0')
                                ELSE lpad(n::text, 3, '0') END AS label,
                           CASE WHEN f.kind_orig = 'BTA' THEN CASE WHEN gen.r(f.fno * 1000 + n, 40) < 0.85 THEN 'BEDSIT' ELSE 'FLAT' END
                                WHEN gen.r(f.fno * 1000 + n, 40) < 0.85 THEN 'FLAT' ELSE 'HOUSE' END AS unit_type,
                           1 + (n - 1) / 12 AS floor) l
WHERE f.fno > 10;

INSERT INTO gen.u
SELECT row_number() OVER (ORDER BY f.fno, u.label), u.id, f.fno, f.id, u.label
FROM unit u JOIN gen.f f ON f.id = u.facility_id;
