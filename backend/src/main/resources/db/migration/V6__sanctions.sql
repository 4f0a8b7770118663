-- Sanctions and the control regime (R-SAN-1 … R-SAN-10).

CREATE TABLE incident (
    id                 uuid PRIMARY KEY,
    facility_id        text NOT NULL REFERENCES facility (id),
    occurred_at        timestamptz NOT NULL,
    categories         text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories <@ ARRAY[
                           'VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS', 'SUBSTANCE_USE',
                           'NOISE_AND_DISTURBANCE', 'UNLAWFUL_OVERNIGHT_GUEST', 'ANIMALS', 'HMS_BREACH',
                           'HOUSE_RULE_BREACH', 'DAMAGE', 'NON_PAYMENT']),
    serious            boolean NOT NULL DEFAULT false,
    rules_version_id   uuid NOT NULL REFERENCES house_rules_version (id),
    rule_numbers       integer[] NOT NULL DEFAULT '{}',
    description        text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
    police_contacted   boolean NOT NULL DEFAULT false,
    police_reason      text CHECK (police_reason IN ('EXCLUSION_OF_THREATENING_PERSON', 'SUSPECTED_DEALING',
                           'SUSPECTED_WEAPONS', 'SUSPECTED_DRINK_DRIVING', 'ADVICE', 'OTHER')),
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by         text NOT NULL,
    CHECK (police_contacted = (police_reason IS NOT NULL))
);
CREATE INDEX incident_facility ON incident (facility_id, occurred_at);

CREATE TABLE incident_person (
    incident_id  uuid NOT NULL REFERENCES incident (id),
    person_id    uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (incident_id, person_id)
);
CREATE INDEX incident_person_person ON incident_person (person_id);

CREATE TABLE sanction (
    id                        uuid PRIMARY KEY,
    agreement_id              uuid NOT NULL REFERENCES agreement (id),
    facility_id               text NOT NULL REFERENCES facility (id),
    person_id                 uuid NOT NULL REFERENCES person (id),
    kind                      text NOT NULL CHECK (kind IN ('BTA', 'LEASE')),
    type                      text NOT NULL CHECK (type IN ('ORAL_WARNING', 'WRITTEN_WARNING', 'EXCLUSION', 'TERMINATION',
                                  'WRITTEN_COMPLAINT', 'TERMINATION_REFERRAL')),
    ground                    text NOT NULL,
    written_grounds           text,
    proportionality           text,
    exclusion_from            date,
    exclusion_to              date,
    alternative_place         text,
    alternative_from          date,
    alternative_to            date,
    proposed_at               timestamptz NOT NULL DEFAULT now(),
    proposed_by               text NOT NULL,
    approved_at               timestamptz,
    approved_by               text,
    notified_on               date,
    notified_how              text,
    appeal_deadline           date,
    appealed_on               date,
    appeal_outcome            text CHECK (appeal_outcome IN ('UPHELD', 'CHANGED', 'REVERSED')),
    appeal_outcome_on         date,
    CHECK (kind = 'BTA' OR type IN ('ORAL_WARNING', 'WRITTEN_COMPLAINT', 'TERMINATION_REFERRAL')),
    CHECK (kind = 'LEASE' OR type IN ('ORAL_WARNING', 'WRITTEN_WARNING', 'EXCLUSION', 'TERMINATION')),
    -- R-SAN-4: no exclusion without alternative accommodation for the whole period
    CHECK (type <> 'EXCLUSION' OR (alternative_place IS NOT NULL AND alternative_from <= exclusion_from
                                   AND alternative_to >= exclusion_to)),
    -- R-SAN-7: individual decisions carry written grounds and a proportionality assessment, approved by another fagleder
    CHECK (type NOT IN ('EXCLUSION', 'TERMINATION') OR (written_grounds IS NOT NULL AND proportionality IS NOT NULL)),
    CHECK (approved_by IS NULL OR approved_by <> proposed_by)
);
CREATE INDEX sanction_agreement ON sanction (agreement_id);
CREATE INDEX sanction_facility ON sanction (facility_id, proposed_at);

CREATE TABLE sanction_incident (
    sanction_id  uuid NOT NULL REFERENCES sanction (id),
    incident_id  uuid NOT NULL REFERENCES incident (id),
    PRIMARY KEY (sanction_id, incident_id)
);

-- R-SAN-8: every entry without consent, with ground, time and staff.
CREATE TABLE entry_log (
    id            uuid PRIMARY KEY,
    facility_id   text NOT NULL REFERENCES facility (id),
    unit_id       uuid NOT NULL REFERENCES unit (id),
    ground        text NOT NULL CHECK (ground IN ('DANGER_TO_LIFE_OR_HEALTH', 'NOISE_AND_DISTURBANCE', 'POLICE_WARRANT',
                      'SUSPECTED_UNWANTED_PERSONS', 'NO_ANSWER_AT_HMS_ROUND')),
    entered_at    timestamptz NOT NULL,
    staff         text NOT NULL,
    present       text,
    found         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL
);
CREATE INDEX entry_log_facility ON entry_log (facility_id, entered_at);

-- R-SAN-9: visitor bans by staff and police-issued bans (besøksforbud).
CREATE TABLE visitor_ban (
    id            uuid PRIMARY KEY,
    facility_id   text NOT NULL REFERENCES facility (id),
    issued_by     text NOT NULL CHECK (issued_by IN ('STAFF', 'POLICE')),
    visitor       text NOT NULL,
    from_date     date NOT NULL,
    to_date       date,
    reason        text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX visitor_ban_facility ON visitor_ban (facility_id, from_date);
