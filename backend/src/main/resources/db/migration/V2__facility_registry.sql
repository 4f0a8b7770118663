-- The municipality's facility registry (from the report on bo- og tjenesteavtaler, chapters 7 and 9-11).
-- Facts from the report: names, agreement kinds, target groups, Bakklandet's 9 bedsits on two floors,
-- its fee of 5 000 kr a month including power, 14 days' notice, 5-day exclusion; Sokkelen's 3 bedsits and
-- 1 flat; Valøyveien 9's 38 flats; Jakobsliveien 107 (4), Osloveien 133 (5), Gamle Oslovei 91 (3) and the
-- 9 single-person houses (Småhus).
-- INVENTED where the report is silent (configuration, change it here or through the API later):
-- unit labels and floors everywhere; unit counts for Heidrunsenteret (6), Gamle Oslovei 93 (4) and
-- Osloveien 155 (5); fees other than Bakklandet's; the stay limit of 730 days; the 90 notice days used
-- for tenancies (husleieloven: three months from the first change of month); addresses are left empty.
-- Rule texts are our own wording of the report's rules.

INSERT INTO facility (id, name, agreement_kind, operator, description, target_sexes, target_min_age, target_max_age,
                      target_description, substance_policy, substance_policy_note, monthly_fee_ore, fee_includes,
                      notice_days, exclusion_days, max_continuous_stay_days, entry_grounds)
VALUES
 ('bakklandet', 'Bakklandet bo- og tjenestetilbud', 'BTA', 'Enhet for rustjenester',
  'Midlertidig bo- og tjenestetilbud for unge voksne med rusproblemer. Ni hybler fordelt på to etasjer.',
  '{FEMALE,MALE}', 18, 30, 'Unge voksne 18–25 år (inntil 30), begge kjønn',
  'SUBSTANCE_FREE', 'Huset er helt rusfritt, også for alkohol og ikke-foreskrevne legemidler.',
  500000, '{Hybel,Strøm,Internett,"Oppfølging av personalet"}', 14, 5, 730,
  '{DANGER_TO_LIFE_OR_HEALTH,NOISE_AND_DISTURBANCE,POLICE_WARRANT,SUSPECTED_UNWANTED_PERSONS,NO_ANSWER_AT_HMS_ROUND}'),
 ('heidrunsenteret', 'Heidrunsenteret, hybelfløyen', 'BTA', 'Enhet for rustjenester',
  'Hybelfløy med bo- og tjenesteavtale for kvinner med rusproblemer.',
  '{FEMALE}', 18, NULL, 'Kvinner med rusproblemer',
  'SUBSTANCE_FREE', 'Ingen rusmidler i fløyen.',
  450000, '{Hybel,Strøm,"Oppfølging av personalet"}', 14, 5, 730,
  '{DANGER_TO_LIFE_OR_HEALTH,NOISE_AND_DISTURBANCE,POLICE_WARRANT,SUSPECTED_UNWANTED_PERSONS,NO_ANSWER_AT_HMS_ROUND}'),
 ('gamle-oslovei-93', 'Gamle Oslovei 93', 'BTA', 'Enhet for rustjenester',
  'Leiligheter for kvinner. Rapporten anbefaler overgang til ordinære husleiekontrakter.',
  '{FEMALE}', 18, NULL, 'Kvinner med rusproblemer',
  'NO_ILLEGAL_SUBSTANCES', 'Lovlige rusmidler er ikke forbudt; illegale rusmidler er ikke tillatt.',
  450000, '{Leilighet,Strøm,"Oppfølging av personalet"}', 14, 5, 730,
  '{DANGER_TO_LIFE_OR_HEALTH,NOISE_AND_DISTURBANCE,POLICE_WARRANT,SUSPECTED_UNWANTED_PERSONS,NO_ANSWER_AT_HMS_ROUND}'),
 ('valoyveien-9-sokkelen', 'Valøyveien 9, Sokkelen', 'BTA', 'Enhet for rustjenester',
  'Tre hybler og én leilighet i sokkelen for menn og kvinner med rus- og atferdsproblemer.',
  '{FEMALE,MALE}', 18, NULL, 'Menn og kvinner med rus- og atferdsproblemer',
  'SUBSTANCE_FREE', 'Ingen rusmidler i sokkelen.',
  450000, '{Hybel/leilighet,Strøm,"Oppfølging av personalet"}', 14, 5, 730,
  '{DANGER_TO_LIFE_OR_HEALTH,NOISE_AND_DISTURBANCE,POLICE_WARRANT,SUSPECTED_UNWANTED_PERSONS,NO_ANSWER_AT_HMS_ROUND}'),
 ('osloveien-155', 'Osloveien 155', 'BTA', 'EPHOR',
  'Botiltak for personer med gjentatte lovbrudd, drevet av EPHOR.',
  '{FEMALE,MALE}', 18, NULL, 'Personer med gjentatte lovbrudd og rusproblemer',
  'SUBSTANCE_FREE', 'Ingen rusmidler på huset.',
  450000, '{Hybel,Strøm,"Oppfølging av personalet"}', 14, 5, 730,
  '{DANGER_TO_LIFE_OR_HEALTH,NOISE_AND_DISTURBANCE,POLICE_WARRANT,SUSPECTED_UNWANTED_PERSONS,NO_ANSWER_AT_HMS_ROUND}'),
 ('valoyveien-9', 'Valøyveien 9', 'LEASE', 'Enhet for rustjenester',
  'Leiligheter med tidsbestemt husleiekontrakt (tre år) og beboeravtale.',
  '{FEMALE,MALE}', 18, NULL, 'Menn og kvinner med rusproblemer',
  'TENANCY', 'Husleieloven gjelder: utleier kan ikke forby lovlige rusmidler i leiligheten.',
  600000, '{Leilighet}', 90, NULL, NULL, '{DANGER_TO_LIFE_OR_HEALTH}'),
 ('jakobsliveien-107', 'Jakobsliveien 107', 'LEASE', 'Enhet for rustjenester',
  'Fire leiligheter for menn med tidsbestemt husleiekontrakt.',
  '{MALE}', 18, NULL, 'Menn med rusproblemer',
  'TENANCY', 'Husleieloven gjelder.', 600000, '{Leilighet}', 90, NULL, NULL, '{DANGER_TO_LIFE_OR_HEALTH}'),
 ('osloveien-133', 'Osloveien 133', 'LEASE', 'Enhet for rustjenester',
  'Fem leiligheter for kvinner med tidsbestemt husleiekontrakt.',
  '{FEMALE}', 18, NULL, 'Kvinner med rusproblemer',
  'TENANCY', 'Husleieloven gjelder.', 600000, '{Leilighet}', 90, NULL, NULL, '{DANGER_TO_LIFE_OR_HEALTH}'),
 ('gamle-oslovei-91', 'Gamle Oslovei 91', 'LEASE', 'Enhet for rustjenester',
  'Tre leiligheter for kvinner med tidsbestemt husleiekontrakt.',
  '{FEMALE}', 18, NULL, 'Kvinner med rusproblemer',
  'TENANCY', 'Husleieloven gjelder.', 600000, '{Leilighet}', 90, NULL, NULL, '{DANGER_TO_LIFE_OR_HEALTH}'),
 ('smahus', 'Småhus', 'LEASE', 'Enhet for rustjenester',
  'Ni enkeltstående småhus med tidsbestemt husleiekontrakt.',
  '{FEMALE,MALE}', 18, NULL, 'Personer som trenger en skjermet bolig',
  'TENANCY', 'Husleieloven gjelder.', 600000, '{Hus}', 90, NULL, NULL, '{DANGER_TO_LIFE_OR_HEALTH}');

-- Units. Ids are derived from facility and label so that they are the same in every database.
INSERT INTO unit (id, facility_id, label, unit_type, floor)
SELECT md5(f || '/' || label)::uuid, f, label, t, fl
FROM (
  SELECT 'bakklandet' f, 'H1' || lpad(n::text, 2, '0') label, 'BEDSIT' t, 1 fl FROM generate_series(1, 5) n
  UNION ALL SELECT 'bakklandet', 'H2' || lpad(n::text, 2, '0'), 'BEDSIT', 2 FROM generate_series(1, 4) n
  UNION ALL SELECT 'heidrunsenteret', 'Hybel ' || n, 'BEDSIT', 1 FROM generate_series(1, 6) n
  UNION ALL SELECT 'gamle-oslovei-93', 'Leilighet ' || n, 'FLAT', (n + 1) / 2 FROM generate_series(1, 4) n
  UNION ALL SELECT 'valoyveien-9-sokkelen', 'S-hybel ' || n, 'BEDSIT', 0 FROM generate_series(1, 3) n
  UNION ALL SELECT 'valoyveien-9-sokkelen', 'S-leilighet', 'FLAT', 0
  UNION ALL SELECT 'osloveien-155', 'Rom ' || n, 'BEDSIT', 1 FROM generate_series(1, 5) n
  UNION ALL SELECT 'valoyveien-9', lpad(n::text, 3, '0'), 'FLAT', (n - 1) / 10 + 1 FROM generate_series(1, 38) n
  UNION ALL SELECT 'jakobsliveien-107', 'Leilighet ' || n, 'FLAT', 1 FROM generate_series(1, 4) n
  UNION ALL SELECT 'osloveien-133', 'Leilighet ' || n, 'FLAT', 1 FROM generate_series(1, 5) n
  UNION ALL SELECT 'gamle-oslovei-91', 'Leilighet ' || n, 'FLAT', 1 FROM generate_series(1, 3) n
  UNION ALL SELECT 'smahus', 'Småhus ' || n, 'HOUSE', NULL FROM generate_series(1, 9) n
) u(f, label, t, fl);

-- Version 1 of the house rules and HMS rules for every facility.
INSERT INTO house_rules_version (id, facility_id, version, valid_from, created_at, created_by, change_note)
SELECT md5(id || '/rules/1')::uuid, id, 1, DATE '2013-05-01', TIMESTAMPTZ '2013-04-20 08:00:00Z', 'system',
       'Første versjon, overført fra papiravtalen'
FROM facility;

-- Rules common to the substance-free BTA facilities (Bakklandet's rules, own wording).
CREATE TEMPORARY TABLE bta_house_rules (number integer, text text);
INSERT INTO bta_house_rules VALUES
 (1, 'Vold og trusler mot ansatte, andre beboere eller besøkende godtas ikke.'),
 (2, 'Våpen skal ikke oppbevares i huset. Det samme gjelder redskaper og gjenstander som kan brukes til å true.'),
 (3, 'Ingen rusmidler i huset: det er forbudt å bruke, kjøpe, selge eller oppbevare alkohol, illegale rusmidler eller legemidler som ikke er skrevet ut til deg.'),
 (4, 'Fra kl. 23.00 skal det være ro i huset. Besøkende kan ikke være i huset mellom kl. 23.00 og kl. 10.00.'),
 (5, 'Gjester kan ikke overnatte.'),
 (6, 'Komfyr og andre elektriske apparater skal ikke brukes mellom kl. 23.00 og kl. 07.00.'),
 (7, 'Nøkkel til hybelen får du mot depositum. Nøkkelen skal ikke lånes ut, og mister du den, betaler du for ny.'),
 (8, 'Dyr kan ikke holdes i huset.'),
 (9, 'Du rydder og gjør rent på egen hybel.'),
 (10, 'Fellesrommene vaskes og ryddes etter oppsatt plan.');

CREATE TEMPORARY TABLE bta_hms_rules (number integer, text text);
INSERT INTO bta_hms_rules VALUES
 (1, 'Du samarbeider med personalet på de faste HMS-rundene (helse, miljø, sikkerhet og brannvern).'),
 (2, 'Rømningsveier skal holdes frie slik at hjelp kommer raskt fram.'),
 (3, 'Ingenting brennbart skal ligge nær varmekilder. Levende lys brukes forsvarlig og under tilsyn.'),
 (4, 'Det elektriske anlegget brukes forsvarlig, uten overbelastning eller egne inngrep.');

INSERT INTO house_rule (rules_version_id, category, number, text)
SELECT md5(f.id || '/rules/1')::uuid, 'HOUSE', r.number,
       CASE WHEN f.id = 'gamle-oslovei-93' AND r.number = 3
            THEN 'Illegale rusmidler og legemidler som ikke er skrevet ut til deg, skal ikke brukes, kjøpes, selges eller oppbevares i huset.'
            WHEN f.id <> 'bakklandet' AND r.number = 4
            THEN 'Fra kl. 23.00 skal det være ro i huset. Besøk avtales med personalet.'
            ELSE r.text END
FROM facility f CROSS JOIN bta_house_rules r
WHERE f.agreement_kind = 'BTA';

INSERT INTO house_rule (rules_version_id, category, number, text)
SELECT md5(f.id || '/rules/1')::uuid, 'HMS', r.number, r.text
FROM facility f CROSS JOIN bta_hms_rules r
WHERE f.agreement_kind = 'BTA';

-- Tenancy facilities: only rules a landlord may set under husleieloven § 5-2.
INSERT INTO house_rule (rules_version_id, category, number, text)
SELECT md5(f.id || '/rules/1')::uuid, 'HOUSE', r.number, r.text
FROM facility f CROSS JOIN (VALUES
  (1, 'Vis hensyn til naboer: det skal være ro i bygget mellom kl. 23.00 og kl. 07.00.'),
  (2, 'Leiligheten skal brukes og holdes i stand på en forsvarlig måte.'),
  (3, 'Fellesarealer holdes ryddige; det skal ikke settes gjenstander i trapp eller gang.'),
  (4, 'Skader på leiligheten eller bygget meldes til personalet så snart som mulig.')
) r(number, text)
WHERE f.agreement_kind = 'LEASE';

INSERT INTO house_rule (rules_version_id, category, number, text)
SELECT md5(f.id || '/rules/1')::uuid, 'HMS', r.number, r.text
FROM facility f CROSS JOIN (VALUES
  (1, 'Røykvarsler og slokkeutstyr skal ikke kobles fra eller flyttes.'),
  (2, 'Rømningsveier skal holdes frie.')
) r(number, text)
WHERE f.agreement_kind = 'LEASE';

DROP TABLE bta_house_rules;
DROP TABLE bta_hms_rules;
