-- Foundation schema: facilities, units, versioned house rules, unit reservations and the access log.
-- Money is whole øre (bigint). Dates are Europe/Oslo calendar dates; instants are timestamptz (UTC).

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE facility (
    id                       text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{2,40}$'),
    name                     text NOT NULL UNIQUE,
    agreement_kind           text NOT NULL CHECK (agreement_kind IN ('BTA', 'LEASE')),
    address                  text,
    operator                 text NOT NULL,
    description              text,
    target_sexes             text[] NOT NULL CHECK (target_sexes <@ ARRAY['FEMALE', 'MALE'] AND cardinality(target_sexes) > 0),
    target_min_age           integer CHECK (target_min_age BETWEEN 0 AND 120),
    target_max_age           integer CHECK (target_max_age BETWEEN 0 AND 120),
    target_description       text NOT NULL,
    substance_policy         text NOT NULL CHECK (substance_policy IN ('SUBSTANCE_FREE', 'NO_ILLEGAL_SUBSTANCES', 'TENANCY')),
    substance_policy_note    text,
    monthly_fee_ore          bigint NOT NULL CHECK (monthly_fee_ore >= 0),
    fee_includes             text[] NOT NULL DEFAULT '{}',
    notice_days              integer NOT NULL CHECK (notice_days > 0),
    exclusion_days           integer CHECK (exclusion_days > 0),
    max_continuous_stay_days integer CHECK (max_continuous_stay_days > 0),
    entry_grounds            text[] NOT NULL CHECK (entry_grounds <@ ARRAY['DANGER_TO_LIFE_OR_HEALTH', 'NOISE_AND_DISTURBANCE',
                                 'POLICE_WARRANT', 'SUSPECTED_UNWANTED_PERSONS', 'NO_ANSWER_AT_HMS_ROUND']),
    version                  bigint NOT NULL DEFAULT 0,
    CHECK (target_min_age IS NULL OR target_max_age IS NULL OR target_min_age <= target_max_age),
    -- R-SAN-6: a tenancy facility cannot exclude, and staff may enter only on danger to life or health (R-SAN-8)
    CHECK (agreement_kind = 'BTA' OR (exclusion_days IS NULL AND entry_grounds <@ ARRAY['DANGER_TO_LIFE_OR_HEALTH']))
);

CREATE TABLE unit (
    id          uuid PRIMARY KEY,
    facility_id text NOT NULL REFERENCES facility (id),
    label       text NOT NULL,
    unit_type   text NOT NULL CHECK (unit_type IN ('BEDSIT', 'FLAT', 'HOUSE')),
    floor       integer,
    UNIQUE (facility_id, label)
);

-- R-FAC-2: house rules and HMS rules are versioned together; an agreement points at the version it was signed under.
CREATE TABLE house_rules_version (
    id          uuid PRIMARY KEY,
    facility_id text NOT NULL REFERENCES facility (id),
    version     integer NOT NULL CHECK (version > 0),
    valid_from  date NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL,
    change_note text,
    UNIQUE (facility_id, version)
);

CREATE TABLE house_rule (
    rules_version_id uuid NOT NULL REFERENCES house_rules_version (id) ON DELETE CASCADE,
    category         text NOT NULL CHECK (category IN ('HOUSE', 'HMS')),
    number           integer NOT NULL CHECK (number > 0),
    text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    PRIMARY KEY (rules_version_id, category, number)
);

-- R-INT-2: a unit holds at most one allocation or occupancy at any moment, enforced here even under concurrency.
CREATE TABLE unit_reservation (
    id           uuid PRIMARY KEY,
    unit_id      uuid NOT NULL REFERENCES unit (id),
    kind         text NOT NULL CHECK (kind IN ('ALLOCATION', 'OCCUPANCY')),
    period       daterange NOT NULL CHECK (NOT isempty(period) AND lower(period) IS NOT NULL),
    released_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    EXCLUDE USING gist (unit_id WITH =, period WITH &&) WHERE (released_at IS NULL)
);
CREATE INDEX unit_reservation_unit ON unit_reservation (unit_id) WHERE released_at IS NULL;

-- Who read or changed what, when, through which client, with what outcome (R-ACC-2).
CREATE TABLE access_log (
    id             bigserial PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    subject        text,
    username       text,
    roles          text[] NOT NULL DEFAULT '{}',
    client_id      text,
    http_method    text NOT NULL,
    path           text NOT NULL,
    operation      text NOT NULL,
    resource_type  text NOT NULL,
    resource_id    text,
    person_id      uuid,
    outcome        integer NOT NULL,
    correlation_id text
);
CREATE INDEX access_log_person ON access_log (person_id, at) WHERE person_id IS NOT NULL;
CREATE INDEX access_log_at ON access_log (at);

-- A unit's status today (Europe/Oslo), derived from its reservations and never stored twice.
-- OCCUPIED: an occupancy covers today. ALLOCATED: an allocation, or an occupancy that starts later, is not over.
CREATE VIEW unit_current_status AS
SELECT u.id AS unit_id,
       u.facility_id,
       CASE
           WHEN bool_or(r.kind = 'OCCUPANCY' AND r.period @> d.today) THEN 'OCCUPIED'
           WHEN bool_or(r.id IS NOT NULL AND (upper_inf(r.period) OR upper(r.period) > d.today)) THEN 'ALLOCATED'
           ELSE 'VACANT'
       END AS status
FROM unit u
CROSS JOIN (SELECT (now() AT TIME ZONE 'Europe/Oslo')::date AS today) d
LEFT JOIN unit_reservation r ON r.unit_id = u.id AND r.released_at IS NULL
GROUP BY u.id, u.facility_id, d.today;
