-- M26: a change feed for other municipal systems. Every state change another system may care about
-- appends an event in the same transaction as the change (triggers), with ids only, no personal data.
-- Appends take one transaction-scoped advisory lock, so events commit in id order: a consumer that
-- stores the last id it saw never skips an event that commits later with a lower id.

CREATE TABLE change_event (
    id    bigserial PRIMARY KEY,
    at    timestamptz NOT NULL DEFAULT now(),
    type  text NOT NULL,
    ids   jsonb NOT NULL
);

CREATE FUNCTION append_change(event_type text, event_ids jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(26026);
    INSERT INTO change_event (type, ids) VALUES (event_type, jsonb_strip_nulls(event_ids));
END $$;

CREATE FUNCTION change_on_allocation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM append_change('ALLOCATION_MADE', jsonb_build_object('allocationId', NEW.id, 'intakeId', NEW.intake_id, 'unitId', NEW.unit_id));
    ELSIF OLD.released_at IS NULL AND NEW.released_at IS NOT NULL THEN
        PERFORM append_change('ALLOCATION_RELEASED', jsonb_build_object('allocationId', NEW.id, 'intakeId', NEW.intake_id, 'unitId', NEW.unit_id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER allocation_change AFTER INSERT OR UPDATE ON allocation FOR EACH ROW EXECUTE FUNCTION change_on_allocation();

CREATE FUNCTION change_on_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids jsonb := jsonb_build_object('agreementId', NEW.id, 'personId', NEW.person_id, 'unitId', NEW.unit_id, 'facilityId', NEW.facility_id);
BEGIN
    IF TG_OP = 'INSERT' THEN
        RETURN NEW;
    END IF;
    IF (OLD.resident_signed_on IS NULL OR OLD.municipality_signed_on IS NULL)
       AND NEW.resident_signed_on IS NOT NULL AND NEW.municipality_signed_on IS NOT NULL THEN
        PERFORM append_change('AGREEMENT_SIGNED', ids);
    END IF;
    IF OLD.notice_given_on IS NULL AND NEW.notice_given_on IS NOT NULL THEN
        PERFORM append_change('NOTICE_GIVEN', ids);
    END IF;
    IF OLD.moved_in_on IS NULL AND NEW.moved_in_on IS NOT NULL THEN
        PERFORM append_change('MOVED_IN', ids);
    END IF;
    IF OLD.moved_out_on IS NULL AND NEW.moved_out_on IS NOT NULL THEN
        PERFORM append_change('MOVED_OUT', ids);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER agreement_change AFTER INSERT OR UPDATE ON agreement FOR EACH ROW EXECUTE FUNCTION change_on_agreement();

CREATE FUNCTION change_on_charge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM append_change('CHARGE_CREATED', jsonb_build_object('chargeId', NEW.id, 'agreementId', NEW.agreement_id));
    RETURN NEW;
END $$;
CREATE TRIGGER charge_change AFTER INSERT ON charge FOR EACH ROW EXECUTE FUNCTION change_on_charge();

CREATE FUNCTION change_on_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR (OLD.agreement_id IS NULL AND NEW.agreement_id IS NOT NULL) THEN
        PERFORM append_change('PAYMENT_REGISTERED', jsonb_build_object('paymentId', NEW.id, 'agreementId', NEW.agreement_id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER payment_change AFTER INSERT OR UPDATE ON payment FOR EACH ROW EXECUTE FUNCTION change_on_payment();

CREATE FUNCTION change_on_reservation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR OLD.released_at IS DISTINCT FROM NEW.released_at OR OLD.period IS DISTINCT FROM NEW.period THEN
        PERFORM append_change('VACANCY_CHANGED', jsonb_build_object('unitId', NEW.unit_id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER reservation_change AFTER INSERT OR UPDATE ON unit_reservation FOR EACH ROW EXECUTE FUNCTION change_on_reservation();
