-- Egenbetaling (R-PAY-1 … R-PAY-6): charges, payments from every channel, arrears, repayment plans, bostøtte.

-- KID with a MOD10 (Luhn) check digit, as Norwegian banks validate it.
CREATE FUNCTION kid_mod10(base text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT base || ((10 - (sum(CASE WHEN (length(base) - i) % 2 = 0
                                    THEN CASE WHEN d * 2 > 9 THEN d * 2 - 9 ELSE d * 2 END
                                    ELSE d END) % 10)) % 10)::text
    FROM (SELECT i, substr(base, i, 1)::int AS d FROM generate_series(1, length(base)) i) digits
$$;

CREATE SEQUENCE kid_seq START 100001;

CREATE TABLE payment_setup (
    agreement_id                 uuid PRIMARY KEY REFERENCES agreement (id),
    method                       text NOT NULL CHECK (method IN ('DIRECT_DEDUCTION', 'STANDING_ORDER', 'INVOICE')),
    deduction_agreement_signed_on date,
    updated_at                   timestamptz NOT NULL DEFAULT now(),
    updated_by                   text NOT NULL,
    -- R-PAY-2: deduction from NAV benefits needs a signed deduction agreement
    CHECK (method <> 'DIRECT_DEDUCTION' OR deduction_agreement_signed_on IS NOT NULL)
);

CREATE TABLE charge_run (
    id           uuid PRIMARY KEY,
    period       date NOT NULL CHECK (extract(day FROM period) = 1),
    state        text NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    total        integer NOT NULL DEFAULT 0,
    done         integer NOT NULL DEFAULT 0,
    created      integer NOT NULL DEFAULT 0,
    skipped      integer NOT NULL DEFAULT 0,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    started_by   text NOT NULL,
    error        text
);

CREATE TABLE charge (
    id            uuid PRIMARY KEY,
    agreement_id  uuid NOT NULL REFERENCES agreement (id),
    period        date NOT NULL CHECK (extract(day FROM period) = 1),
    amount_ore    bigint NOT NULL CHECK (amount_ore >= 0),
    days          integer NOT NULL CHECK (days BETWEEN 1 AND 31),
    due_date      date NOT NULL,
    kid           text NOT NULL UNIQUE CHECK (kid ~ '^[0-9]{2,25}$'),
    run_id        uuid REFERENCES charge_run (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    -- R-PAY-1: one charge per agreement and month, however often the run is repeated
    UNIQUE (agreement_id, period)
);

CREATE TABLE bank_import (
    id           uuid PRIMARY KEY,
    filename     text,
    state        text NOT NULL CHECK (state IN ('DONE', 'REJECTED')),
    total        integer NOT NULL DEFAULT 0,
    matched      integer NOT NULL DEFAULT 0,
    unmatched    integer NOT NULL DEFAULT 0,
    duplicates   integer NOT NULL DEFAULT 0,
    amount_ore   bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL
);

CREATE TABLE payment (
    id                uuid PRIMARY KEY,
    channel           text NOT NULL CHECK (channel IN ('MANUAL', 'API', 'OCR')),
    source_reference  text NOT NULL UNIQUE,
    kid               text,
    agreement_id      uuid REFERENCES agreement (id),
    amount_ore        bigint NOT NULL CHECK (amount_ore > 0),
    paid_on           date NOT NULL,
    import_id         uuid REFERENCES bank_import (id),
    registered_at     timestamptz NOT NULL DEFAULT now(),
    registered_by     text NOT NULL
);
CREATE INDEX payment_agreement ON payment (agreement_id, paid_on);
CREATE INDEX payment_unmatched ON payment (registered_at) WHERE agreement_id IS NULL;

-- R-PAY-3: how each payment covered charges, oldest open charge first
CREATE TABLE payment_allocation (
    payment_id  uuid NOT NULL REFERENCES payment (id),
    charge_id   uuid NOT NULL REFERENCES charge (id),
    amount_ore  bigint NOT NULL CHECK (amount_ore > 0),
    PRIMARY KEY (payment_id, charge_id)
);
CREATE INDEX payment_allocation_charge ON payment_allocation (charge_id);

-- Idempotency-Key (IETF draft) for other systems' payment registrations
CREATE TABLE idempotency_key (
    key              text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    client_id        text,
    request_hash     text NOT NULL,
    state            text NOT NULL CHECK (state IN ('IN_PROGRESS', 'DONE')),
    response_status  integer,
    response_body    text,
    created_at       timestamptz NOT NULL DEFAULT now()
);

-- R-PAY-4: a plan to pay the arrears down instead of eviction
CREATE TABLE repayment_plan (
    id               uuid PRIMARY KEY,
    agreement_id     uuid NOT NULL REFERENCES agreement (id),
    debt_ore         bigint NOT NULL CHECK (debt_ore > 0),
    start_date       date NOT NULL,
    instalment_ore   bigint NOT NULL CHECK (instalment_ore > 0),
    instalments      integer NOT NULL CHECK (instalments > 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text NOT NULL
);

-- R-PAY-5: bostøtte applications; the BTA is valid documentation
CREATE TABLE housing_benefit (
    id            uuid PRIMARY KEY,
    agreement_id  uuid NOT NULL REFERENCES agreement (id),
    status        text NOT NULL CHECK (status IN ('APPLIED', 'GRANTED', 'REFUSED')),
    applied_on    date NOT NULL,
    amount_ore    bigint CHECK (amount_ore >= 0),
    from_date     date,
    to_date       date,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text NOT NULL,
    CHECK (status <> 'GRANTED' OR (amount_ore IS NOT NULL AND from_date IS NOT NULL))
);

-- The open amount of each charge (never stored twice)
CREATE VIEW charge_balance AS
SELECT c.id AS charge_id, c.agreement_id, c.period, c.due_date, c.amount_ore,
       c.amount_ore - coalesce((SELECT sum(pa.amount_ore) FROM payment_allocation pa WHERE pa.charge_id = c.id), 0) AS open_ore
FROM charge c;
