-- R-FAC-3: a facility changes kind only by a conversion that one fagleder proposes and another approves. It takes
-- effect on its date (today or later): then the facility takes the new kind, its terms and the house rules the
-- proposal carries, and the open agreements are replaced (agreement.predecessor_id links the chain).

CREATE TABLE facility_conversion (
    id                 uuid PRIMARY KEY,
    facility_id        text NOT NULL REFERENCES facility (id),
    from_kind          text NOT NULL CHECK (from_kind IN ('BTA', 'LEASE')),
    to_kind            text NOT NULL CHECK (to_kind IN ('BTA', 'LEASE')),
    effective_on       date NOT NULL,
    reason             text NOT NULL,
    rules_change_note  text,
    status             text NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'DONE', 'WITHDRAWN')),
    proposed_at        timestamptz NOT NULL,
    proposed_by        text NOT NULL,
    approved_at        timestamptz,
    approved_by        text,
    withdrawn_at       timestamptz,
    withdrawn_by       text,
    withdrawal_reason  text,
    done_at            timestamptz,
    done_by            text,
    rules_version_id   uuid REFERENCES house_rules_version (id),
    ended_agreements   uuid[] NOT NULL DEFAULT '{}',
    successor_drafts   uuid[] NOT NULL DEFAULT '{}',
    version            bigint NOT NULL DEFAULT 0,
    CHECK (to_kind <> from_kind),
    -- four eyes, in the data as well
    CHECK (approved_by IS NULL OR approved_by <> proposed_by),
    CHECK (status NOT IN ('APPROVED', 'DONE') OR (approved_at IS NOT NULL AND approved_by IS NOT NULL)),
    CHECK (status <> 'DONE' OR (done_at IS NOT NULL AND rules_version_id IS NOT NULL)),
    CHECK (status <> 'WITHDRAWN' OR (withdrawn_at IS NOT NULL AND withdrawal_reason IS NOT NULL))
);
-- one conversion under way per facility at a time
CREATE UNIQUE INDEX facility_conversion_one_open ON facility_conversion (facility_id)
    WHERE status IN ('PROPOSED', 'APPROVED');
-- what the scheduled run looks for
CREATE INDEX facility_conversion_due ON facility_conversion (effective_on) WHERE status = 'APPROVED';

-- The house rules and HMS rules the facility takes on with its new kind, reviewed when proposed.
CREATE TABLE facility_conversion_rule (
    conversion_id  uuid NOT NULL REFERENCES facility_conversion (id),
    category       text NOT NULL CHECK (category IN ('HOUSE', 'HMS')),
    number         integer NOT NULL CHECK (number > 0),
    text           text NOT NULL,
    PRIMARY KEY (conversion_id, category, number)
);
