-- Issue 13: a lawful decision behind every termination (R-SAN-5, R-SAN-7, R-SAN-12).

-- R-SAN-12: on a BTA the municipality's notice exists only as the effect of an approved, notified termination
-- decision. The agreement names the decision and the ground it gives a move-out (BREACHES or ARREARS); a move-out
-- for breaches or arrears on a BTA needs it. A resident's own notice may also have a decision behind it, when the
-- decision came after the resident had already given notice. No foreign key: the sanction feature references the
-- agreement, not the other way round; the control report lists a municipal termination with no decision behind it.
ALTER TABLE agreement
    ADD COLUMN notice_decision_id uuid,
    ADD COLUMN notice_ground      text CHECK (notice_ground IN ('BREACHES', 'ARREARS')),
    ADD CHECK ((notice_decision_id IS NULL) = (notice_ground IS NULL)),
    ADD CHECK (notice_decision_id IS NULL OR notice_given_on IS NOT NULL);

-- R-SAN-5: a termination for non-payment states the overdue arrears in the ledger on the day it was proposed, and
-- the months (first day of each charged month) they cover, for the decision letter.
ALTER TABLE sanction
    ADD COLUMN arrears_ore    bigint CHECK (arrears_ore >= 0),
    ADD COLUMN arrears_months date[],
    ADD CHECK ((arrears_ore IS NULL) = (arrears_months IS NULL));

-- M26: a notice withdrawn (its termination decision reversed on appeal) is a change other systems must learn of.
-- Its own trigger, so that the agreement's other change events stay where V8 defined them.
CREATE FUNCTION change_on_notice_withdrawn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM append_change('NOTICE_WITHDRAWN', jsonb_build_object('agreementId', NEW.id, 'personId', NEW.person_id,
            'unitId', NEW.unit_id, 'facilityId', NEW.facility_id));
    RETURN NEW;
END $$;
CREATE TRIGGER agreement_notice_withdrawn AFTER UPDATE ON agreement FOR EACH ROW
    WHEN (OLD.notice_given_on IS NOT NULL AND NEW.notice_given_on IS NULL)
    EXECUTE FUNCTION change_on_notice_withdrawn();
