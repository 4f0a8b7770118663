-- Issue 16: each agreement's ledger in three sums, kept by the writes themselves, so that a balance is one row and
-- the whole municipality's arrears on a day need not group 5 M charges and 5 M payments (17-25 s at national scale).
--
-- charged_ore is every charge line of the agreement (charges and corrections), paid_ore every payment placed on it,
-- refunded_ore every credit refund paid out of it; the balance is charged - paid + refunded (agreement_balance below,
-- the same definition as V17's). Statement-level triggers on the three tables keep the sums in the writing
-- transaction: an insert adds, a delete subtracts, an update subtracts the old rows and adds the new ones (a payment
-- placed on an agreement moves its amount there). Each statement changes the sums of its agreements once each, in
-- the order of their ids, so two writers never wait for each other in opposite orders.
CREATE TABLE agreement_ledger (
    agreement_id uuid PRIMARY KEY REFERENCES agreement (id),
    charged_ore  bigint NOT NULL DEFAULT 0,
    paid_ore     bigint NOT NULL DEFAULT 0,
    refunded_ore bigint NOT NULL DEFAULT 0
);

-- Adds signed amounts of one table's rows (charge, payment or credit_refund) to their agreements' sums.
CREATE FUNCTION agreement_ledger_add(source text, agreement_ids uuid[], amounts bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO agreement_ledger AS l (agreement_id, charged_ore, paid_ore, refunded_ore)
    SELECT d.agreement_id,
           CASE source WHEN 'charge' THEN sum(d.amount) ELSE 0 END,
           CASE source WHEN 'payment' THEN sum(d.amount) ELSE 0 END,
           CASE source WHEN 'credit_refund' THEN sum(d.amount) ELSE 0 END
    FROM unnest(agreement_ids, amounts) AS d (agreement_id, amount)
    WHERE d.agreement_id IS NOT NULL
    GROUP BY d.agreement_id
    HAVING sum(d.amount) <> 0
    ORDER BY d.agreement_id
    ON CONFLICT (agreement_id) DO UPDATE SET charged_ore = l.charged_ore + EXCLUDED.charged_ore,
                                             paid_ore = l.paid_ore + EXCLUDED.paid_ore,
                                             refunded_ore = l.refunded_ore + EXCLUDED.refunded_ore
$$;

-- The statement's rows: new ones added, old ones subtracted (an update has both).
CREATE FUNCTION agreement_ledger_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(n.agreement_id), array_agg(n.amount_ore)) FROM new_rows n;
    RETURN NULL;
END $$;

CREATE FUNCTION agreement_ledger_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(o.agreement_id), array_agg(-o.amount_ore)) FROM old_rows o;
    RETURN NULL;
END $$;

CREATE FUNCTION agreement_ledger_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(x.agreement_id), array_agg(x.amount_ore))
    FROM (SELECT n.agreement_id, n.amount_ore FROM new_rows n
          UNION ALL
          SELECT o.agreement_id, -o.amount_ore FROM old_rows o) x;
    RETURN NULL;
END $$;

-- Three triggers on each of the three tables (PostgreSQL gives a trigger with transition tables one event only).
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['charge', 'payment', 'credit_refund'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION agreement_ledger_added()', t || '_ledger_added', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION agreement_ledger_removed()', t || '_ledger_removed', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION agreement_ledger_changed()', t || '_ledger_changed', t);
    END LOOP;
END $$;

-- The sums worked out afresh from the three tables: for what is there already, and for a database loaded with the
-- triggers off (bench/sql/90_finish.sql).
CREATE FUNCTION agreement_ledger_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM agreement_ledger;
    INSERT INTO agreement_ledger (agreement_id, charged_ore, paid_ore, refunded_ore)
    SELECT x.agreement_id, sum(x.charged), sum(x.paid), sum(x.refunded)
    FROM (SELECT agreement_id, amount_ore AS charged, 0 AS paid, 0 AS refunded FROM charge
          UNION ALL
          SELECT agreement_id, 0, amount_ore, 0 FROM payment WHERE agreement_id IS NOT NULL
          UNION ALL
          SELECT agreement_id, 0, 0, amount_ore FROM credit_refund) x
    GROUP BY x.agreement_id;
$$;
SELECT agreement_ledger_rebuild();

-- An agreement's balance, now one row: positive is owed by the resident, negative is credit owed to the resident.
CREATE OR REPLACE VIEW agreement_balance AS
SELECT a.id AS agreement_id, CAST(coalesce(l.charged_ore - l.paid_ore + l.refunded_ore, 0) AS numeric) AS balance_ore
FROM agreement a LEFT JOIN agreement_ledger l ON l.agreement_id = a.id;

-- What was written after a day, found from the day (the arrears at a period's end, StatisticsQueries.arrearsAt): a
-- charge line counts from the later of the day it was booked and the day it falls due, a payment from the day it was
-- paid, a refund from the day it was paid out. The charge index carries the two dates too: PostgreSQL reads an
-- expression index without the table only when the expression's own columns are in it (at national scale 0.9 s of
-- table reads for the 40 000 lines after the end of last month, 18 ms from the index alone).
CREATE INDEX charge_counts_from ON charge ((greatest(booked_on, due_date))) INCLUDE (agreement_id, amount_ore, booked_on, due_date);
CREATE INDEX payment_paid_on ON payment (paid_on) INCLUDE (agreement_id, amount_ore) WHERE agreement_id IS NOT NULL;
CREATE INDEX credit_refund_refunded_on ON credit_refund (refunded_on) INCLUDE (agreement_id, amount_ore);

-- The planner needs the new expression's statistics to choose its index (without them it read all 5.3 M charges).
ANALYZE charge;
ANALYZE agreement_ledger;
