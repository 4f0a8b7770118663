-- R-PAY-7 and R-PAY-8: a charged month is corrected by its own lines, credit is money, and one balance definition.

-- An accounting month is closed by okonomi; everything booked later lands in the first open month.
CREATE TABLE accounting_close (
    closed_through date PRIMARY KEY CHECK (extract(day FROM closed_through) = 1),
    closed_at      timestamptz NOT NULL DEFAULT now(),
    closed_by      text NOT NULL
);

-- The first month new lines may be booked in: the month after the last closed one.
CREATE FUNCTION first_open_month() RETURNS date LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT (max(closed_through) + interval '1 month')::date FROM accounting_close), DATE '0001-01-01')
$$;

-- The month a line dated {@code day} is booked in: its own month, or the first open one when that is closed.
-- The one definition for charges, corrections, payments and refunds.
CREATE FUNCTION booked_month(day date) RETURNS date LANGUAGE sql STABLE AS $$
    SELECT greatest(date_trunc('month', day)::date, first_open_month())
$$;

-- A charge line: the month's charge (CHARGE, one per agreement and month, never edited) or a correction
-- of a month already charged (CORRECTION: positive with its own KID when more is owed, negative — a
-- credit, no KID — when less is).
ALTER TABLE charge ADD COLUMN kind text NOT NULL DEFAULT 'CHARGE' CHECK (kind IN ('CHARGE', 'CORRECTION'));
ALTER TABLE charge ADD COLUMN cause text CHECK (cause IN ('RUN', 'MOVE_IN', 'MOVE_OUT', 'FEE_CHANGE', 'VOID', 'CONVERSION'));
ALTER TABLE charge ADD COLUMN booked_on date;
ALTER TABLE charge ADD COLUMN booked_period date CHECK (extract(day FROM booked_period) = 1);
UPDATE charge SET cause = 'RUN', booked_on = (created_at AT TIME ZONE 'Europe/Oslo')::date, booked_period = period;
ALTER TABLE charge ALTER COLUMN cause SET NOT NULL;
ALTER TABLE charge ALTER COLUMN booked_on SET NOT NULL;
ALTER TABLE charge ALTER COLUMN booked_period SET NOT NULL;
ALTER TABLE charge ALTER COLUMN booked_on SET DEFAULT (now() AT TIME ZONE 'Europe/Oslo')::date;
ALTER TABLE charge DROP CONSTRAINT charge_amount_ore_check;
ALTER TABLE charge DROP CONSTRAINT charge_days_check;
ALTER TABLE charge ADD CONSTRAINT charge_days_check CHECK (days BETWEEN 0 AND 31);
ALTER TABLE charge ALTER COLUMN kid DROP NOT NULL;
-- a month's charge is never negative; a correction is never zero; money owed always has a KID
ALTER TABLE charge ADD CONSTRAINT charge_amount_by_kind CHECK (
    (kind = 'CHARGE' AND amount_ore >= 0) OR (kind = 'CORRECTION' AND amount_ore <> 0));
ALTER TABLE charge ADD CONSTRAINT charge_kid_when_owed CHECK (amount_ore <= 0 OR kid IS NOT NULL);
ALTER TABLE charge ADD CONSTRAINT charge_not_booked_before_month CHECK (booked_period >= period);
-- R-PAY-1: one CHARGE per agreement and month, however often the run is repeated; corrections are extra lines
ALTER TABLE charge DROP CONSTRAINT charge_agreement_id_period_key;
CREATE UNIQUE INDEX charge_one_per_month ON charge (agreement_id, period) WHERE kind = 'CHARGE';
CREATE INDEX charge_agreement_period ON charge (agreement_id, period);
CREATE INDEX charge_booked_period ON charge (booked_period);

-- Payments are booked in the month they were paid, or the first open month after it.
ALTER TABLE payment ADD COLUMN booked_period date CHECK (extract(day FROM booked_period) = 1);
UPDATE payment SET booked_period = date_trunc('month', paid_on)::date;
ALTER TABLE payment ALTER COLUMN booked_period SET NOT NULL;

-- R-PAY-8: a credit left on the agreement (typically at move-out) paid back to the resident.
CREATE TABLE credit_refund (
    id             uuid PRIMARY KEY,
    agreement_id   uuid NOT NULL REFERENCES agreement (id),
    amount_ore     bigint NOT NULL CHECK (amount_ore > 0 AND amount_ore <= 100000000),
    refunded_on    date NOT NULL,
    reference      text CHECK (length(reference) <= 200),
    booked_period  date NOT NULL CHECK (extract(day FROM booked_period) = 1),
    registered_at  timestamptz NOT NULL DEFAULT now(),
    registered_by  text NOT NULL
);
CREATE INDEX credit_refund_agreement ON credit_refund (agreement_id);

-- R-PAY-6: the municipality's accounting dimensions per facility (defaults come from configuration).
CREATE TABLE accounting_dimensions (
    facility_id  text PRIMARY KEY REFERENCES facility (id),
    art          text NOT NULL CHECK (art ~ '^[0-9A-Za-z]{1,12}$'),
    ansvar       text NOT NULL CHECK (ansvar ~ '^[0-9A-Za-z]{1,12}$'),
    funksjon     text NOT NULL CHECK (funksjon ~ '^[0-9A-Za-z]{1,12}$'),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text NOT NULL
);

-- The one balance definition (R-PAY-4, R-PAY-8). A month's lines (its charge and any corrections) net to
-- what the month owes; the months are covered oldest first by every payment placed on the agreement, less
-- what was refunded. A month is open for the part the cover does not reach. So the result depends only on
-- the sums, never on the order in which charges, corrections and payments arrived: a payment before its
-- charge, or one larger than what is open, simply covers the next month when it comes. The allocation
-- table is gone: it froze the order of arrival. One row per agreement and month, named by the month's
-- charge line.
CREATE FUNCTION charge_open_at(as_of date)
RETURNS TABLE (charge_id uuid, agreement_id uuid, period date, due_date date, amount_ore bigint, open_ore bigint)
LANGUAGE sql STABLE AS $$
    WITH months AS (
        SELECT c.agreement_id, c.period,
               (array_agg(c.id ORDER BY (c.kind = 'CHARGE') DESC, c.created_at))[1] AS charge_id,
               min(c.due_date) AS due_date, greatest(sum(c.amount_ore), 0)::bigint AS amount_ore
        FROM charge c WHERE c.booked_on <= as_of
        GROUP BY c.agreement_id, c.period
    ), owed AS (
        SELECT m.*, sum(m.amount_ore) OVER (PARTITION BY m.agreement_id ORDER BY m.period) AS through_ore FROM months m
    ), cover AS (
        SELECT x.agreement_id, sum(x.amount_ore) AS cover_ore FROM (
            SELECT p.agreement_id, p.amount_ore FROM payment p WHERE p.agreement_id IS NOT NULL AND p.paid_on <= as_of
            UNION ALL
            SELECT r.agreement_id, -r.amount_ore FROM credit_refund r WHERE r.refunded_on <= as_of) x
        GROUP BY x.agreement_id
    )
    SELECT o.charge_id, o.agreement_id, o.period, o.due_date, o.amount_ore,
           greatest(0, least(o.amount_ore, o.through_ore - coalesce(v.cover_ore, 0)))::bigint
    FROM owed o LEFT JOIN cover v ON v.agreement_id = o.agreement_id
$$;

-- Today's open amounts, same columns as before (arrears, sanctions and retention read this view).
CREATE OR REPLACE VIEW charge_balance AS
SELECT charge_id, agreement_id, period, due_date, amount_ore, CAST(open_ore AS numeric) AS open_ore FROM charge_open_at('infinity');

-- An agreement's balance: positive is owed by the resident, negative is credit owed to the resident.
CREATE VIEW agreement_balance AS
SELECT a.id AS agreement_id,
       coalesce((SELECT sum(c.amount_ore) FROM charge c WHERE c.agreement_id = a.id), 0)
       - coalesce((SELECT sum(p.amount_ore) FROM payment p WHERE p.agreement_id = a.id), 0)
       + coalesce((SELECT sum(r.amount_ore) FROM credit_refund r WHERE r.agreement_id = a.id), 0) AS balance_ore
FROM agreement a;

DROP TABLE payment_allocation;

-- The run reports the months it corrected besides the charges it created.
ALTER TABLE charge_run ADD COLUMN corrected integer NOT NULL DEFAULT 0 CHECK (corrected >= 0);

-- A payment is booked in the month it was paid, or in the first open month when that month is closed.
CREATE FUNCTION payment_booked_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- a writer that knows it (the set-based bank import) sets it for the whole batch at once
    IF NEW.booked_period IS NULL THEN
        NEW.booked_period := booked_month(NEW.paid_on);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER payment_booked_period BEFORE INSERT ON payment FOR EACH ROW EXECUTE FUNCTION payment_booked_period();
