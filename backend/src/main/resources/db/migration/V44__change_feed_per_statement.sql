-- Issue 16: the charge run writes up to 2 000 charges a statement and the bank file 2 000 payments; each row's change
-- event was appended by a row trigger (a PL/pgSQL call, the advisory lock asked again, one INSERT per row). The events
-- are now appended once per statement from its transition table: the same events, one per charge created and one per
-- payment registered or placed on an agreement, with the same ids, in the order the statement wrote the rows, under
-- the same lock (taken only when there is an event, as before: a statement whose rows all met a conflict appends none).
-- And a payment's booked month is filled by its row trigger only where the writer left it empty.

DROP TRIGGER charge_change ON charge;
DROP TRIGGER payment_change ON payment;
DROP FUNCTION change_on_charge();
DROP FUNCTION change_on_payment();

-- A charge created, a payment registered (with its agreement when its KID matched one, without when it waits to be
-- placed): the event type and the row's id key are the trigger's arguments.
CREATE FUNCTION change_on_rows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows) THEN
        PERFORM pg_advisory_xact_lock(26026);
        INSERT INTO change_event (type, ids)
        SELECT TG_ARGV[0], jsonb_strip_nulls(jsonb_build_object(TG_ARGV[1], n.id, 'agreementId', n.agreement_id))
        FROM new_rows n;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER charge_change AFTER INSERT ON charge REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_on_rows_inserted('CHARGE_CREATED', 'chargeId');
CREATE TRIGGER payment_change AFTER INSERT ON payment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_on_rows_inserted('PAYMENT_REGISTERED', 'paymentId');

-- An unmatched payment placed on an agreement by okonomi is registered then, with its agreement.
CREATE FUNCTION change_on_payments_placed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
               WHERE o.agreement_id IS NULL AND n.agreement_id IS NOT NULL) THEN
        PERFORM pg_advisory_xact_lock(26026);
        INSERT INTO change_event (type, ids)
        SELECT 'PAYMENT_REGISTERED', jsonb_build_object('paymentId', n.id, 'agreementId', n.agreement_id)
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE o.agreement_id IS NULL AND n.agreement_id IS NOT NULL
        ORDER BY n.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER payment_placed_change AFTER UPDATE ON payment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_on_payments_placed();

-- The bank file sets each payment's booked month itself (for the whole batch at once); the row trigger that fills it
-- for other writers is no longer called for those rows at all.
DROP TRIGGER payment_booked_period ON payment;
CREATE TRIGGER payment_booked_period BEFORE INSERT ON payment FOR EACH ROW WHEN (NEW.booked_period IS NULL)
    EXECUTE FUNCTION payment_booked_period();
