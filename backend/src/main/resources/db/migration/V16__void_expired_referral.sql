-- Issue 13, deliverables 7 and 8: agreements that end in every way (R-AGR-9) and the LEASE referral case (R-SAN-6).

-- ------------------------------------------------------------------ R-AGR-9: void before move-in
-- A draft, or a signed agreement the resident never moved in under, is voided: it ends the day it is voided with
-- end_reason VOIDED and the reason given. It never had an occupancy, so it never counts as a stay.
ALTER TABLE agreement ADD COLUMN void_reason text CHECK (length(void_reason) BETWEEN 1 AND 2000);
ALTER TABLE agreement DROP CONSTRAINT agreement_end_reason_check;
ALTER TABLE agreement ADD CONSTRAINT agreement_end_reason_check
    CHECK (end_reason IN ('MOVED_OUT', 'CONVERTED', 'VOIDED'));
ALTER TABLE agreement ADD CONSTRAINT agreement_void_reason
    CHECK ((end_reason IS NOT DISTINCT FROM 'VOIDED') = (void_reason IS NOT NULL));
ALTER TABLE agreement ADD CONSTRAINT agreement_voided_before_move_in
    CHECK (end_reason IS DISTINCT FROM 'VOIDED' OR (moved_in_on IS NULL AND ended_on IS NOT NULL));

-- R-AGR-9: a signed agreement whose end date has passed (Europe/Oslo) without renewal, notice, move-out or other end
-- is EXPIRED.
-- Same columns as in V4; the status stays derived here and nowhere else.
CREATE OR REPLACE VIEW agreement_state AS
SELECT a.id AS agreement_id,
       CASE
           WHEN a.ended_on IS NOT NULL THEN 'ENDED'
           -- notice given: the agreement is ending by it (a notice whose date passed is on the overview)
           WHEN a.notice_given_on IS NOT NULL THEN 'NOTICE_GIVEN'
           WHEN a.end_date < (now() AT TIME ZONE 'Europe/Oslo')::date
                AND a.resident_signed_on IS NOT NULL AND a.municipality_signed_on IS NOT NULL THEN 'EXPIRED'
           WHEN a.resident_signed_on IS NOT NULL AND a.municipality_signed_on IS NOT NULL THEN 'ACTIVE'
           ELSE 'DRAFT'
       END AS status
FROM agreement a;

-- R-AGR-9: the application of a voided agreement may go back on the waiting list. The allocation is released and
-- the steps taken for that place (informed, orientation meeting, answer) are cleared from the application; its
-- timeline keeps them. The vedtak om praktisk bistand made for the place stays on record but is set aside: the next
-- place is offered, oriented and decided anew (R-INT-3, R-INT-4), so an application has at most one decision in force.
ALTER TABLE service_decision ADD COLUMN set_aside_at timestamptz;
ALTER TABLE service_decision ADD COLUMN set_aside_reason text;
ALTER TABLE service_decision ADD CONSTRAINT service_decision_set_aside_reason
    CHECK ((set_aside_at IS NULL) = (set_aside_reason IS NULL));
ALTER TABLE service_decision DROP CONSTRAINT service_decision_intake_id_key;
CREATE UNIQUE INDEX service_decision_one_in_force_per_intake ON service_decision (intake_id) WHERE set_aside_at IS NULL;

-- Same columns as in V3; a decision set aside no longer makes the application DECIDED.
CREATE OR REPLACE VIEW intake_state AS
SELECT i.id AS intake_id,
       a.id AS allocation_id,
       u.facility_id AS allocated_facility_id,
       CASE
           WHEN i.moved_in_on IS NOT NULL THEN 'MOVED_IN'
           WHEN i.withdrawn_at IS NOT NULL THEN 'WITHDRAWN'
           WHEN i.rejected_at IS NOT NULL THEN 'REJECTED'
           WHEN i.applicant_answer = 'DECLINED' THEN 'DECLINED'
           WHEN d.id IS NOT NULL THEN 'DECIDED'
           WHEN i.orientation_held_on IS NOT NULL THEN 'ORIENTED'
           WHEN i.informed_on IS NOT NULL AND a.id IS NOT NULL THEN 'INFORMED'
           WHEN a.id IS NOT NULL THEN 'ALLOCATED'
           WHEN i.priority IS NOT NULL THEN 'WAITING'
           ELSE 'SUBMITTED'
       END AS status
FROM intake i
LEFT JOIN allocation a ON a.intake_id = i.id AND a.released_at IS NULL
LEFT JOIN unit u ON u.id = a.unit_id
LEFT JOIN service_decision d ON d.intake_id = i.id AND d.set_aside_at IS NULL;

-- ------------------------------------------------------------------ R-SAN-6: the referral to the property owner
-- In a tenancy the municipality's hardest step is a referral for termination to the property owner. The referral is a
-- case: REFERRED until the owner answers with notice (oppsigelse), a fixed term not renewed, eviction (fravikelse) or
-- a withdrawal, with the day of the answer, the day it takes effect and what came of it. Owned by the agreement
-- feature; the sanction feature creates it when the referral decision is approved.
CREATE TABLE agreement_referral (
    id                    uuid PRIMARY KEY,
    agreement_id          uuid NOT NULL REFERENCES agreement (id),
    sanction_id           uuid UNIQUE REFERENCES sanction (id),
    status                text NOT NULL DEFAULT 'REFERRED'
                              CHECK (status IN ('REFERRED', 'NOTICE', 'FIXED_TERM_NOT_RENEWED', 'EVICTION', 'WITHDRAWN')),
    referred_on           date NOT NULL,
    referred_by           text NOT NULL,
    responded_on          date,
    effective_on          date,
    outcome               text CHECK (length(outcome) BETWEEN 1 AND 2000),
    response_recorded_at  timestamptz,
    response_recorded_by  text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint NOT NULL DEFAULT 0,
    -- the owner's answer is all there or not there at all
    CHECK ((status = 'REFERRED') = (responded_on IS NULL)),
    CHECK ((responded_on IS NULL) = (outcome IS NULL)),
    CHECK ((responded_on IS NULL) = (response_recorded_by IS NULL)),
    CHECK (responded_on IS NULL OR responded_on >= referred_on),
    CHECK (effective_on IS NULL OR status IN ('NOTICE', 'FIXED_TERM_NOT_RENEWED', 'EVICTION')),
    CHECK (status NOT IN ('NOTICE', 'EVICTION') OR effective_on IS NOT NULL)
);
CREATE INDEX agreement_referral_agreement ON agreement_referral (agreement_id);
