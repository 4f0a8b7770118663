-- Intake (R-INT-1 … R-INT-7): persons, applications and their recorded steps.

CREATE TABLE person (
    id           uuid PRIMARY KEY,
    national_id  text NOT NULL UNIQUE CHECK (national_id ~ '^[0-9]{11}$'),
    given_name   text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
    family_name  text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
    birth_date   date NOT NULL,
    sex          text NOT NULL CHECK (sex IN ('FEMALE', 'MALE')),
    phone        text,
    email        text,
    address      text,
    nav_contact  text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL,
    version      bigint NOT NULL DEFAULT 0
);
CREATE INDEX person_name ON person (lower(family_name), lower(given_name));

CREATE TABLE intake (
    id                           uuid PRIMARY KEY,
    person_id                    uuid NOT NULL REFERENCES person (id),
    received_on                  date NOT NULL,
    created_at                   timestamptz NOT NULL DEFAULT now(),
    created_by                   text NOT NULL,
    caseworker                   text NOT NULL,
    assessment                   text NOT NULL CHECK (length(assessment) BETWEEN 1 AND 10000),
    needs                        text,
    wishes                       text,
    facility_wishes              text[] NOT NULL DEFAULT '{}',
    has_rental_housing_decision  boolean NOT NULL DEFAULT false,
    -- ESIKT's prioritisation (R-INT-1)
    priority                     integer CHECK (priority BETWEEN 1 AND 3),
    priority_reason              text,
    prioritised_at               timestamptz,
    prioritised_by               text,
    -- HVK informs the applicant of the offered place (R-INT-3)
    informed_on                  date,
    informed_by                  text,
    -- orientation meeting (R-INT-3)
    orientation_scheduled_at     timestamptz,
    orientation_held_on          date,
    orientation_participants     text[],
    applicant_answer             text CHECK (applicant_answer IN ('ACCEPTED', 'DECLINED')),
    decline_reason               text,
    -- closed without a place
    withdrawn_at                 timestamptz,
    withdrawal_reason            text,
    rejected_at                  timestamptz,
    rejection_reason             text,
    -- set by the agreements feature when the resident moves in (R-INT-5)
    moved_in_on                  date,
    version                      bigint NOT NULL DEFAULT 0,
    CHECK (priority IS NULL OR (priority_reason IS NOT NULL AND prioritised_at IS NOT NULL)),
    CHECK (applicant_answer IS NULL OR orientation_held_on IS NOT NULL),
    CHECK (applicant_answer IS DISTINCT FROM 'DECLINED' OR decline_reason IS NOT NULL),
    CHECK (orientation_held_on IS NULL OR orientation_participants @> ARRAY['APPLICANT', 'HVK', 'FACILITY'])
);
CREATE INDEX intake_person ON intake (person_id);

-- ESIKT allocates a unit; the reservation holds it (exclusion constraint in V1).
CREATE TABLE allocation (
    id               uuid PRIMARY KEY,
    intake_id        uuid NOT NULL REFERENCES intake (id),
    unit_id          uuid NOT NULL REFERENCES unit (id),
    reservation_id   uuid NOT NULL UNIQUE REFERENCES unit_reservation (id),
    from_date        date NOT NULL,
    coordinator      text NOT NULL CHECK (length(coordinator) BETWEEN 1 AND 200),
    override_reason  text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text NOT NULL,
    released_at      timestamptz,
    release_reason   text
);
-- one live allocation per application
CREATE UNIQUE INDEX allocation_one_live_per_intake ON allocation (intake_id) WHERE released_at IS NULL;

-- Vedtak om praktisk bistand (R-INT-4). No separate housing decision exists.
CREATE TABLE service_decision (
    id              uuid PRIMARY KEY,
    intake_id       uuid NOT NULL UNIQUE REFERENCES intake (id),
    decision_date   date NOT NULL,
    scope           text NOT NULL CHECK (length(scope) BETWEEN 1 AND 5000),
    legal_basis     text[] NOT NULL CHECK (cardinality(legal_basis) > 0 AND legal_basis <@ ARRAY['PBRL_2_1A_2', 'HOL_3_1', 'HOL_3_2_1_6B']),
    reassess_by     date,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL
);

-- The readable timeline: every step with who and when.
CREATE TABLE intake_event (
    id         bigserial PRIMARY KEY,
    intake_id  uuid NOT NULL REFERENCES intake (id),
    type       text NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    by_user    text NOT NULL,
    by_role    text,
    summary    text NOT NULL
);
CREATE INDEX intake_event_intake ON intake_event (intake_id, id);

-- The status of an application, derived from its recorded steps (never stored).
CREATE VIEW intake_state AS
SELECT i.id AS intake_id,
       a.id AS allocation_id,
       u.facility_id AS allocated_facility_id,
       CASE
           WHEN i.moved_in_on IS NOT NULL THEN 'MOVED_IN'
           WHEN i.withdrawn_at IS NOT NULL THEN 'WITHDRAWN'
           WHEN i.rejected_at IS NOT NULL THEN 'REJECTED'
           WHEN i.applicant_answer = 'DECLINED' THEN 'DECLINED'
           WHEN d.id IS NOT NULL THEN 'DECIDED'
           WHEN i.orientation_held_on IS NOT NULL THEN 'ORIENTED'
           WHEN i.informed_on IS NOT NULL AND a.id IS NOT NULL THEN 'INFORMED'
           WHEN a.id IS NOT NULL THEN 'ALLOCATED'
           WHEN i.priority IS NOT NULL THEN 'WAITING'
           ELSE 'SUBMITTED'
       END AS status
FROM intake i
LEFT JOIN allocation a ON a.intake_id = i.id AND a.released_at IS NULL
LEFT JOIN unit u ON u.id = a.unit_id
LEFT JOIN service_decision d ON d.intake_id = i.id;
