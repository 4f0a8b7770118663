-- Agreements (R-AGR-1 … R-AGR-8, R-INT-5, R-FOL-1, R-FAC-3): the bo- og tjenesteavtale or tenancy,
-- from draft and signatures to move-in, renewals, notice and move-out.

CREATE TABLE agreement (
    id                            uuid PRIMARY KEY,
    kind                          text NOT NULL CHECK (kind IN ('BTA', 'LEASE')),
    person_id                     uuid NOT NULL REFERENCES person (id),
    facility_id                   text NOT NULL REFERENCES facility (id),
    unit_id                       uuid NOT NULL REFERENCES unit (id),
    intake_id                     uuid REFERENCES intake (id),
    predecessor_id                uuid REFERENCES agreement (id),
    start_date                    date NOT NULL,
    end_date                      date NOT NULL,
    monthly_fee_ore               bigint NOT NULL CHECK (monthly_fee_ore >= 0),
    fee_includes                  text[] NOT NULL DEFAULT '{}',
    notice_days                   integer NOT NULL CHECK (notice_days > 0),
    rules_version_id              uuid REFERENCES house_rules_version (id),
    resident_signed_on            date,
    resident_signature_by         text,
    municipality_signed_on        date,
    municipality_signed_by        text,
    primary_contact               text,
    primary_contact_appointed_by  text,
    primary_contact_appointed_at  timestamptz,
    individual_plan               text CHECK (individual_plan IN ('ACCEPTED', 'DECLINED')),
    cooperation_goals             text,
    cooperation_needs             text,
    cooperation_staff_provide     text,
    deposit_ore                   bigint CHECK (deposit_ore >= 0),
    deposit_paid_on               date,
    deposit_returned_on           date,
    deposit_withheld_ore          bigint CHECK (deposit_withheld_ore >= 0),
    deposit_withheld_reason       text,
    insurance_informed_on         date,
    moved_in_on                   date,
    occupancy_id                  uuid REFERENCES unit_reservation (id),
    notice_given_on               date,
    notice_by                     text CHECK (notice_by IN ('RESIDENT', 'MUNICIPALITY')),
    notice_reason                 text,
    notice_effective_on           date,
    moved_out_on                  date,
    destination                   text CHECK (destination IN ('MUNICIPAL_RENTAL', 'PRIVATE_RENTAL', 'OWN_HOME',
                                      'TREATMENT', 'OTHER_FACILITY', 'PRISON', 'HOSPITAL', 'DECEASED', 'UNKNOWN')),
    termination_ground            text CHECK (termination_ground IN ('NONE', 'BREACHES', 'ARREARS')),
    ended_on                      date,
    end_reason                    text CHECK (end_reason IN ('MOVED_OUT', 'CONVERTED')),
    created_at                    timestamptz NOT NULL DEFAULT now(),
    created_by                    text NOT NULL,
    version                       bigint NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date),
    -- R-AGR-4: a signed agreement names the rule version it was signed under
    CHECK ((resident_signed_on IS NULL OR municipality_signed_on IS NULL) OR rules_version_id IS NOT NULL),
    -- R-AGR-8: a move-out names where the person went and whether it followed a termination
    CHECK (moved_out_on IS NULL OR (destination IS NOT NULL AND termination_ground IS NOT NULL)),
    CHECK (moved_out_on IS NULL OR moved_in_on IS NOT NULL),
    CHECK (notice_given_on IS NULL OR (notice_by IS NOT NULL AND notice_effective_on IS NOT NULL)),
    CHECK (deposit_withheld_ore IS NULL OR deposit_withheld_reason IS NOT NULL)
);
CREATE INDEX agreement_person ON agreement (person_id);
CREATE INDEX agreement_facility ON agreement (facility_id);
-- one agreement at a time from an application
CREATE UNIQUE INDEX agreement_one_open_per_intake ON agreement (intake_id) WHERE ended_on IS NULL AND intake_id IS NOT NULL;

-- R-AGR-1: the chain of periods (first short period, then renewals)
CREATE TABLE agreement_period (
    agreement_id  uuid NOT NULL REFERENCES agreement (id),
    seq           integer NOT NULL CHECK (seq > 0),
    from_date     date NOT NULL,
    to_date       date NOT NULL CHECK (to_date >= from_date),
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL,
    PRIMARY KEY (agreement_id, seq)
);

CREATE TABLE agreement_evaluation (
    id            uuid PRIMARY KEY,
    agreement_id  uuid NOT NULL REFERENCES agreement (id),
    held_on       date NOT NULL,
    summary       text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL
);

-- R-AGR-3: fee in force from a date; a change needs one month's notice
CREATE TABLE agreement_fee (
    agreement_id     uuid NOT NULL REFERENCES agreement (id),
    effective_from   date NOT NULL,
    monthly_fee_ore  bigint NOT NULL CHECK (monthly_fee_ore >= 0),
    notified_on      date,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text NOT NULL,
    PRIMARY KEY (agreement_id, effective_from),
    CHECK (notified_on IS NULL OR effective_from >= (notified_on + interval '1 month')::date)
);

CREATE TABLE agreement_event (
    id            bigserial PRIMARY KEY,
    agreement_id  uuid NOT NULL REFERENCES agreement (id),
    type          text NOT NULL,
    at            timestamptz NOT NULL DEFAULT now(),
    by_user       text NOT NULL,
    summary       text NOT NULL
);
CREATE INDEX agreement_event_agreement ON agreement_event (agreement_id, id);

-- Status, derived from the recorded events (R-AGR-4: unsigned is a draft).
CREATE VIEW agreement_state AS
SELECT a.id AS agreement_id,
       CASE
           WHEN a.ended_on IS NOT NULL THEN 'ENDED'
           WHEN a.notice_given_on IS NOT NULL THEN 'NOTICE_GIVEN'
           WHEN a.resident_signed_on IS NOT NULL AND a.municipality_signed_on IS NOT NULL THEN 'ACTIVE'
           ELSE 'DRAFT'
       END AS status
FROM agreement a;

-- R-AGR-7: continuous BTA stay per person across consecutive agreements (a gap of more than one day breaks it).
CREATE VIEW bta_continuous_stay AS
WITH stays AS (
    SELECT a.id, a.person_id, a.facility_id, a.moved_in_on AS from_date,
           COALESCE(a.moved_out_on, a.ended_on, (now() AT TIME ZONE 'Europe/Oslo')::date) AS to_date
    FROM agreement a
    WHERE a.kind = 'BTA' AND a.moved_in_on IS NOT NULL
), marked AS (
    SELECT s.*, CASE WHEN s.from_date <= lag(s.to_date) OVER w + 1 THEN 0 ELSE 1 END AS starts_island
    FROM stays s WINDOW w AS (PARTITION BY s.person_id ORDER BY s.from_date)
), islands AS (
    SELECT m.*, sum(m.starts_island) OVER (PARTITION BY m.person_id ORDER BY m.from_date) AS island
    FROM marked m
)
SELECT i.id AS agreement_id, i.person_id,
       min(i.from_date) OVER (PARTITION BY i.person_id, i.island) AS stay_started_on,
       (i.to_date - min(i.from_date) OVER (PARTITION BY i.person_id, i.island)) + 1 AS stay_days
FROM islands i;
