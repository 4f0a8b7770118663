-- Due process before an exclusion or a termination (R-SAN-11, forvaltningsloven § 16): the forhåndsvarsel with
-- its date, how it was delivered, the incidents it cites and the deadline for the resident's statement; then
-- the statement (its text, or that none came by the deadline). The decision cites the forhåndsvarsel, or is
-- recorded as urgent (violence or threats: fvl § 16 third paragraph a).

CREATE TABLE advance_notice (
    id                     uuid PRIMARY KEY,
    agreement_id           uuid NOT NULL REFERENCES agreement (id),
    facility_id            text NOT NULL REFERENCES facility (id),
    person_id              uuid NOT NULL REFERENCES person (id),
    type                   text NOT NULL CHECK (type IN ('EXCLUSION', 'TERMINATION')),
    description            text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
    sent_on                date NOT NULL,
    delivered_how          text NOT NULL CHECK (length(delivered_how) BETWEEN 1 AND 500),
    statement_deadline     date NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_by             text NOT NULL,
    statement_received_on  date,
    statement_text         text CHECK (length(statement_text) BETWEEN 1 AND 10000),
    statement_none         boolean NOT NULL DEFAULT false,
    statement_recorded_at  timestamptz,
    statement_recorded_by  text,
    CHECK (statement_deadline >= sent_on),
    -- a statement is either received (its day and text) or recorded as not received by the deadline
    CHECK ((statement_received_on IS NULL) = (statement_text IS NULL)),
    CHECK (NOT (statement_none AND statement_text IS NOT NULL)),
    CHECK (statement_received_on IS NULL OR statement_received_on >= sent_on),
    CHECK ((statement_recorded_at IS NULL) = (statement_text IS NULL AND NOT statement_none)),
    CHECK ((statement_recorded_at IS NULL) = (statement_recorded_by IS NULL))
);
CREATE INDEX advance_notice_agreement ON advance_notice (agreement_id);

CREATE TABLE advance_notice_incident (
    advance_notice_id  uuid NOT NULL REFERENCES advance_notice (id),
    incident_id        uuid NOT NULL REFERENCES incident (id),
    PRIMARY KEY (advance_notice_id, incident_id)
);

ALTER TABLE sanction ADD COLUMN advance_notice_id uuid REFERENCES advance_notice (id);
ALTER TABLE sanction ADD COLUMN urgent boolean NOT NULL DEFAULT false;
-- only an exclusion can be urgent; the grounds that allow it are SanctionPolicy's (DueProcess) to say
ALTER TABLE sanction ADD CONSTRAINT sanction_urgent_only_exclusion CHECK (NOT urgent OR type = 'EXCLUSION');
CREATE INDEX sanction_advance_notice ON sanction (advance_notice_id) WHERE advance_notice_id IS NOT NULL;
