-- Issue 16: an agreement's kept sums (V43) also keep the latest day any of its lines counts from, so that the arrears
-- at a day (StatisticsQueries.OPEN_AT_OF_AGREEMENT) look for lines written after the day only in ledgers that reach
-- past it. A charge line counts from the later of its booking and its due date, a payment from the day it was paid,
-- a refund from the day it was paid out (the same days as StatisticsQueries.linesAfter and V43's indexes).
--
-- latest_line_on is an upper bound: every line on the agreement counts from that day or before. A line added (or
-- moved onto the agreement) raises it; a line removed or moved away leaves it, which only means a needless look. So
-- a ledger whose latest_line_on is on or before the day has no line after it, and its sums are the sums at the day.
-- At national scale one facility's 58 agreements of ten years were each searched in three indexes; now only the few
-- with a line after the day are.
-- A writer of the version before may still be running while this migrates (a rolling deploy): its lines must be
-- either in the rebuild below or written through the new functions, so the three tables' writers wait until this is
-- done (in the order the writers themselves take them: a line first, then its agreement's sums).
LOCK TABLE charge, payment, credit_refund IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE agreement_ledger ADD COLUMN latest_line_on date;

DROP FUNCTION agreement_ledger_add(text, uuid[], bigint[]);

-- Adds signed amounts of one table's rows (charge, payment or credit_refund) to their agreements' sums, and raises
-- each agreement's latest line day to the days given (NULL for rows removed). A statement whose amounts for an
-- agreement add up to nothing still raises its day: its lines may fall on either side of a day.
CREATE FUNCTION agreement_ledger_add(source text, agreement_ids uuid[], amounts bigint[], days date[])
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO agreement_ledger AS l (agreement_id, charged_ore, paid_ore, refunded_ore, latest_line_on)
    SELECT d.agreement_id,
           CASE source WHEN 'charge' THEN sum(d.amount) ELSE 0 END,
           CASE source WHEN 'payment' THEN sum(d.amount) ELSE 0 END,
           CASE source WHEN 'credit_refund' THEN sum(d.amount) ELSE 0 END,
           max(d.day)
    FROM unnest(agreement_ids, amounts, days) AS d (agreement_id, amount, day)
    WHERE d.agreement_id IS NOT NULL
    GROUP BY d.agreement_id
    HAVING sum(d.amount) <> 0 OR max(d.day) IS NOT NULL
    ORDER BY d.agreement_id
    ON CONFLICT (agreement_id) DO UPDATE SET charged_ore = l.charged_ore + EXCLUDED.charged_ore,
                                             paid_ore = l.paid_ore + EXCLUDED.paid_ore,
                                             refunded_ore = l.refunded_ore + EXCLUDED.refunded_ore,
                                             latest_line_on = greatest(l.latest_line_on, EXCLUDED.latest_line_on)
    -- a change that moves no amount and no day (retention blanking a refund's reference) writes no new version
    WHERE EXCLUDED.charged_ore <> 0 OR EXCLUDED.paid_ore <> 0 OR EXCLUDED.refunded_ore <> 0
       OR EXCLUDED.latest_line_on > coalesce(l.latest_line_on, '-infinity')
$$;

-- The day a new line counts from, by its table. PL/pgSQL plans a trigger function's statements per table as they
-- are first run, so each table's branch names only its own columns.
CREATE OR REPLACE FUNCTION agreement_ledger_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'charge' THEN
        PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(n.agreement_id), array_agg(n.amount_ore),
                                     array_agg(greatest(n.booked_on, n.due_date))) FROM new_rows n;
    ELSIF TG_TABLE_NAME = 'payment' THEN
        PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(n.agreement_id), array_agg(n.amount_ore),
                                     array_agg(n.paid_on)) FROM new_rows n;
    ELSE
        PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(n.agreement_id), array_agg(n.amount_ore),
                                     array_agg(n.refunded_on)) FROM new_rows n;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION agreement_ledger_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(o.agreement_id), array_agg(-o.amount_ore),
                                 array_agg(CAST(NULL AS date))) FROM old_rows o;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION agreement_ledger_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'charge' THEN
        PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(x.agreement_id), array_agg(x.amount_ore), array_agg(x.day))
        FROM (SELECT n.agreement_id, n.amount_ore, greatest(n.booked_on, n.due_date) AS day FROM new_rows n
              UNION ALL
              SELECT o.agreement_id, -o.amount_ore, NULL FROM old_rows o) x;
    ELSIF TG_TABLE_NAME = 'payment' THEN
        PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(x.agreement_id), array_agg(x.amount_ore), array_agg(x.day))
        FROM (SELECT n.agreement_id, n.amount_ore, n.paid_on AS day FROM new_rows n
              UNION ALL
              SELECT o.agreement_id, -o.amount_ore, NULL FROM old_rows o) x;
    ELSE
        PERFORM agreement_ledger_add(TG_TABLE_NAME, array_agg(x.agreement_id), array_agg(x.amount_ore), array_agg(x.day))
        FROM (SELECT n.agreement_id, n.amount_ore, n.refunded_on AS day FROM new_rows n
              UNION ALL
              SELECT o.agreement_id, -o.amount_ore, NULL FROM old_rows o) x;
    END IF;
    RETURN NULL;
END $$;

-- The sums and the latest day worked out afresh from the three tables (also for a database loaded with the
-- triggers off, bench/sql/90_finish.sql).
CREATE OR REPLACE FUNCTION agreement_ledger_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM agreement_ledger;
    INSERT INTO agreement_ledger (agreement_id, charged_ore, paid_ore, refunded_ore, latest_line_on)
    SELECT x.agreement_id, sum(x.charged), sum(x.paid), sum(x.refunded), max(x.day)
    FROM (SELECT agreement_id, amount_ore AS charged, 0 AS paid, 0 AS refunded, greatest(booked_on, due_date) AS day
          FROM charge
          UNION ALL
          SELECT agreement_id, 0, amount_ore, 0, paid_on FROM payment WHERE agreement_id IS NOT NULL
          UNION ALL
          SELECT agreement_id, 0, 0, amount_ore, refunded_on FROM credit_refund) x
    GROUP BY x.agreement_id;
$$;
SELECT agreement_ledger_rebuild();
ANALYZE agreement_ledger;
