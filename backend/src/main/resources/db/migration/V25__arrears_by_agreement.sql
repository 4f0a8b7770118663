-- Issue 16: the arrears list is paged and reads one agreement's charges and payments at a time (R-PAY-4).
--
-- The open amount of a charge (charge_open_at, the view charge_balance) is worked out per agreement from the
-- agreement's charge lines and payments. A list limited to some agreements (one facility, the caller's facilities)
-- pushes each agreement id into it (a LATERAL join), so each agreement is read through the indexes below. They
-- carry every column charge_open_at reads, so the read stays in the index (an index-only scan) instead of fetching
-- one heap page per month of the agreement's history. Same names and key columns as the indexes they replace.
DROP INDEX charge_agreement_period;
CREATE INDEX charge_agreement_period ON charge (agreement_id, period)
    INCLUDE (kind, created_at, id, due_date, amount_ore, booked_on);

DROP INDEX payment_agreement;
CREATE INDEX payment_agreement ON payment (agreement_id, paid_on) INCLUDE (amount_ore);

-- Whether an agreement in the list has a repayment plan (one look-up per listed agreement).
CREATE INDEX repayment_plan_agreement ON repayment_plan (agreement_id);
