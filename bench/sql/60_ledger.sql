-- Step 6: egenbetaling (R-PAY-1 … R-PAY-8). Every month of the ten years had its charge run on the 1st at 05:00; the
-- lines are what the application writes, month by month: the run's CHARGE for every agreement moved in by then (the
-- full month, as nobody has moved out yet), a MOVE_IN charge for the part of the month after a later move-in, and a
-- MOVE_OUT correction (negative, no KID) when the resident moves out before the month ends (R-PAY-7). Amounts follow
-- ChargeCalculator: fee x days / days in month, half up; the fee in force is the one from 1 January (50_agreements).
-- Payments: one a charge, by the resident's payment method (NAV deduction through the integration, bank OCR files by
-- standing order or invoice, a few at the desk), around the due date (the 20th). About 10 % of the running agreements
-- have not paid their last one to six months; an agreement ended for arrears left its last months unpaid, and a few
-- others ended with a small debt (paid after the move-out when that was more than three years ago). A credit left by the move-out correction is refunded three weeks later (R-PAY-8).
-- Lines and payments are booked in the month they were made (booked_month at the time: months are closed after they
-- end, so that is their own month; the payment trigger would have written the same, payment_booked_period).
\set ON_ERROR_STOP 1

CREATE UNLOGGED TABLE gen.m AS
SELECT k AS mno, x.m, (x.m + interval '1 month')::date - x.m AS mlen, extract(year FROM x.m)::int AS y,
       gen.at(x.m, '05:00') AS run_at
FROM gen.p p CROSS JOIN generate_series(0, (extract(year FROM age(p.month_now, p.t0)) * 12 + extract(month FROM age(p.month_now, p.t0)))::int) k
CROSS JOIN LATERAL (SELECT (p.t0 + make_interval(months => k))::date AS m) x;

-- who pays how, and who does not pay: the months from unpaid_from on stay open
CREATE UNLOGGED TABLE gen.am AS
SELECT a.ano,
       CASE WHEN gen.r(a.ano, 530) < 0.4 THEN 'DIRECT_DEDUCTION' WHEN gen.r(a.ano, 530) < 0.75 THEN 'STANDING_ORDER' ELSE 'INVOICE' END AS method,
       CASE WHEN a.ended_on IS NULL AND gen.r(a.ano, 601) < 0.10
                THEN (p.month_now - make_interval(months => 1 + floor(power(gen.r(a.ano, 602), 2) * 6)::int))::date
            WHEN a.notice_ground = 'ARREARS' OR a.termination_ground = 'ARREARS'
                THEN (date_trunc('month', a.notice_given_on) - interval '3 months')::date
            WHEN a.end_reason = 'MOVED_OUT' AND gen.r(a.ano, 601) < 0.03
                THEN (date_trunc('month', a.ended_on) - make_interval(months => gen.ri(a.ano, 603, 0, 1)))::date
       END AS unpaid_from
FROM gen.a a CROSS JOIN gen.p p
WHERE a.collected AND a.moved_in_on IS NOT NULL;
ALTER TABLE gen.am ADD PRIMARY KEY (ano);

-- ------------------------------------------------------------------ the month's lines
-- the months a month's run or a move-in charged: from the move-in's month (or the first of the history) to the
-- move-out's (or this month)
CREATE UNLOGGED TABLE gen.ch AS
SELECT y.*, gen.prorata(y.fee, y.days0, y.mlen) AS amount0, gen.prorata(y.fee, y.days1, y.mlen) AS amount1,
       y.ano::bigint * 200 + y.mno AS n, gen.fid(y.ano::bigint * 200 + y.mno, 1000) AS charge_id
FROM (
    SELECT a.ano, a.id AS agreement_id, m.mno, m.m AS period, m.mlen, m.run_at, x.from_day, a.ended_on AS to_day,
           x.from_day > m.m AS after_run,
           -- the fee in force (50_agreements: a BTA's changes every 1 January; a tenancy keeps its fee)
           CASE WHEN a.kind = 'BTA' THEN gen.fee_in(a.fee_now, p.year_now, m.y) ELSE a.fee0 END AS fee,
           (m.m + m.mlen - 1) - x.from_day + 1 AS days0,
           least(m.m + m.mlen - 1, coalesce(a.ended_on, m.m + m.mlen - 1)) - x.from_day + 1 AS days1,
           am.unpaid_from IS NOT NULL AND m.m >= am.unpaid_from AS unpaid, am.method
    FROM gen.a a JOIN gen.am am ON am.ano = a.ano CROSS JOIN gen.p p
    CROSS JOIN LATERAL generate_series(
        greatest(0, (extract(year FROM greatest(a.moved_in_on, a.start_on))::int - extract(year FROM p.t0)::int) * 12
                    + extract(month FROM greatest(a.moved_in_on, a.start_on))::int - extract(month FROM p.t0)::int),
        (extract(year FROM coalesce(a.ended_on, p.today))::int - extract(year FROM p.t0)::int) * 12
            + extract(month FROM coalesce(a.ended_on, p.today))::int - extract(month FROM p.t0)::int) k
    JOIN gen.m m ON m.mno = k
    CROSS JOIN LATERAL (SELECT greatest(a.moved_in_on, a.start_on, m.m) AS from_day) x
) y;
ANALYZE gen.ch;

INSERT INTO charge_run (id, period, state, total, done, created, skipped, started_at, finished_at, started_by, error, updated_at, corrected)
SELECT gen.id('charge-run', m.mno), m.m, 'DONE', c.n, c.n, c.n, 0, gen.at(m.m, '05:00'), gen.at(m.m, '05:00') + interval '40 seconds',
       'system', NULL, gen.at(m.m, '05:00') + interval '40 seconds', 0
FROM gen.m m
JOIN (SELECT c.mno, count(*)::int AS n FROM gen.ch c WHERE NOT c.after_run GROUP BY c.mno) c ON c.mno = m.mno;

INSERT INTO charge (id, agreement_id, period, amount_ore, days, due_date, kid, run_id, created_at, kind, cause, booked_on, booked_period)
SELECT c.charge_id, c.agreement_id, c.period, c.amount0, c.days0, c.period + 19, gen.kid(100000 + c.n),
       CASE WHEN c.after_run THEN NULL ELSE gen.id('charge-run', c.mno) END,
       CASE WHEN c.after_run THEN gen.at(c.from_day, '12:00') ELSE c.run_at + make_interval(secs => c.ano % 40) END,
       'CHARGE', CASE WHEN c.after_run THEN 'MOVE_IN' ELSE 'RUN' END,
       CASE WHEN c.after_run THEN c.from_day ELSE c.period END, c.period
FROM gen.ch c
UNION ALL
SELECT gen.fid(c.n, 1002), c.agreement_id, c.period, c.amount1 - c.amount0, c.days1, c.period + 19, NULL, NULL, gen.at(c.to_day, '15:00'),
       'CORRECTION', 'MOVE_OUT', c.to_day, date_trunc('month', c.to_day)::date
FROM gen.ch c
WHERE c.amount1 <> c.amount0;

-- ------------------------------------------------------------------ payments
-- the day each charge is paid: NAV deducts on the due date, a standing order a few days before, an invoice is paid
-- anything from ten days early to a month late
-- an ended agreement's unpaid months were paid after the move-out (collection) when it ended more than three years ago
CREATE UNLOGGED TABLE gen.pay AS
SELECT c.ano, c.agreement_id, c.period, c.mno, c.n, c.amount0 AS amount, gen.kid(100000 + c.n) AS kid,
       CASE WHEN c.unpaid THEN c.to_day + 60 + gen.ri(c.n, 612, 0, 140)
            ELSE c.period + 19 + CASE c.method WHEN 'DIRECT_DEDUCTION' THEN 0
                                               WHEN 'STANDING_ORDER' THEN -gen.ri(c.n, 610, 0, 3)
                                               ELSE -10 + floor(power(gen.r(c.n, 610), 2.5) * 42)::int END END AS paid_on,
       CASE WHEN c.unpaid THEN 'MANUAL' WHEN c.method = 'DIRECT_DEDUCTION' THEN 'API'
            WHEN c.method = 'INVOICE' AND gen.r(c.n, 611) < 0.1 THEN 'MANUAL' ELSE 'OCR' END AS channel
FROM gen.ch c CROSS JOIN gen.p p
WHERE (NOT c.unpaid OR c.to_day < p.today - 3 * 365) AND c.amount0 > 0;
DELETE FROM gen.pay x USING gen.p p WHERE x.paid_on + CASE WHEN x.channel = 'OCR' THEN 1 ELSE 0 END > p.today;
ANALYZE gen.pay;

-- a bank file each banking day with OCR payments, settled the day after payment
CREATE UNLOGGED TABLE gen.files AS
SELECT row_number() OVER (ORDER BY d.paid_on)::int AS fno, d.paid_on, d.paid_on + 1 AS settled_on, d.n, d.amount
FROM (SELECT paid_on, count(*) AS n, sum(amount) AS amount FROM gen.pay WHERE channel = 'OCR' GROUP BY paid_on) d;

INSERT INTO bank_import (id, filename, state, total, matched, unmatched, duplicates, amount_ore, created_at, created_by, done,
                         finished_at, error, updated_at, rejected, rejections)
SELECT gen.id('bank-import', f.fno), 'OCR' || to_char(f.settled_on, 'YYYYMMDD') || '.txt', 'DONE', f.n, f.n, 0, 0, f.amount,
       gen.at(f.settled_on, '06:10'), 'okonomi1', f.n, gen.at(f.settled_on, '06:10') + make_interval(secs => 2 + f.n / 2000),
       NULL, gen.at(f.settled_on, '06:10') + make_interval(secs => 2 + f.n / 2000), 0, '{}'
FROM gen.files f;

INSERT INTO payment (id, channel, source_reference, kid, agreement_id, amount_ore, paid_on, import_id, registered_at, registered_by,
                     booked_period)
SELECT gen.fid(x.n, 1004), x.channel,
       CASE x.channel WHEN 'OCR' THEN 'OCR:' || f.settled_on || ':' || lpad(f.fno::text, 10, '0') || ':' || x.kid
                      WHEN 'API' THEN 'NAV-TREKK:' || x.kid ELSE 'KASSE:' || x.kid END,
       x.kid, x.agreement_id, x.amount, x.paid_on, CASE WHEN x.channel = 'OCR' THEN gen.id('bank-import', f.fno) END,
       CASE x.channel WHEN 'OCR' THEN gen.at(f.settled_on, '06:10') WHEN 'API' THEN gen.at(x.paid_on, '08:00')
                      ELSE gen.at(x.paid_on, '13:00') END,
       CASE x.channel WHEN 'OCR' THEN 'okonomi1' WHEN 'API' THEN 'service-account-bta-integration' ELSE 'okonomi1' END,
       date_trunc('month', x.paid_on)::date
FROM gen.pay x LEFT JOIN gen.files f ON f.paid_on = x.paid_on AND x.channel = 'OCR';

-- a few payments in the bank files name a KID nobody has: stored unmatched, for okonomi to place
INSERT INTO payment (id, channel, source_reference, kid, agreement_id, amount_ore, paid_on, import_id, registered_at, registered_by,
                     booked_period)
SELECT gen.fid(k, 1006), 'OCR', 'OCR:' || f.settled_on || ':' || lpad(f.fno::text, 10, '0') || ':9' || lpad(k::text, 9, '0'),
       '9' || lpad(k::text, 9, '0'), NULL, 100000 * gen.ri(k, 620, 1, 60), f.paid_on, gen.id('bank-import', f.fno),
       gen.at(f.settled_on, '06:10'), 'okonomi1', date_trunc('month', f.paid_on)::date
FROM generate_series(1, (SELECT count(*) / 1000 FROM gen.pay)::int) k
JOIN gen.files f ON f.fno = 1 + floor(gen.r(k, 621) * (SELECT count(*) FROM gen.files))::int;
UPDATE bank_import b SET total = b.total + u.n, unmatched = u.n, amount_ore = b.amount_ore + u.amount, done = b.done + u.n
FROM (SELECT import_id, count(*)::int AS n, sum(amount_ore) AS amount FROM payment WHERE agreement_id IS NULL GROUP BY import_id) u
WHERE u.import_id = b.id;

-- ------------------------------------------------------------------ credit refunds, repayment plans, closed months
-- R-PAY-8: a credit left after the move-out is paid back three weeks later (two weeks after the last payment)
INSERT INTO credit_refund (id, agreement_id, amount_ore, refunded_on, reference, booked_period, registered_at, registered_by)
SELECT gen.id('refund', a.ano), a.id, -b.balance, r.day, 'Tilbakebetalt til beboerens konto', date_trunc('month', r.day)::date,
       gen.at(r.day, '10:00'), 'okonomi1'
FROM gen.a a CROSS JOIN gen.p p
JOIN (SELECT ano, sum(amount) AS balance, max(paid_on) AS last_paid FROM (
          SELECT c.ano, c.amount1 AS amount, NULL::date AS paid_on FROM gen.ch c
          UNION ALL SELECT x.ano, -x.amount, x.paid_on FROM gen.pay x) z GROUP BY ano) b ON b.ano = a.ano
CROSS JOIN LATERAL (SELECT greatest(a.ended_on + 21, b.last_paid + 14) AS day) r
WHERE a.end_reason = 'MOVED_OUT' AND b.balance < 0 AND r.day <= p.today;

-- R-PAY-4: a repayment plan for a third of the running agreements in arrears
INSERT INTO repayment_plan (id, agreement_id, debt_ore, start_date, instalment_ore, instalments, created_at, created_by)
SELECT gen.id('repayment-plan', a.ano), a.id, d.debt, (p.month_now + interval '1 month')::date, 50000,
       greatest(1, ceil(d.debt / 50000.0)::int), gen.at(p.today - gen.ri(a.ano, 630, 0, 20), '11:00'), a.staff
FROM gen.a a CROSS JOIN gen.p p
JOIN (SELECT c.ano, sum(c.amount1) AS debt FROM gen.ch c WHERE c.unpaid GROUP BY c.ano) d ON d.ano = a.ano
WHERE a.ended_on IS NULL AND d.debt > 0 AND gen.r(a.ano, 631) < 0.33;

-- months are closed by okonomi on the 10th of the month after next; the last two are open
INSERT INTO accounting_close (closed_through, closed_at, closed_by)
SELECT m.m, gen.at((m.m + interval '1 month')::date + 9, '14:00'), 'okonomi1'
FROM gen.m m CROSS JOIN gen.p p WHERE m.m < (p.month_now - interval '1 month')::date;
