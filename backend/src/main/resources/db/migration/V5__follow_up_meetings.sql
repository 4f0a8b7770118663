-- R-FOL-1: the responsibility group (ansvarsgruppe) and the meetings held with the resident.
CREATE TABLE responsibility_group_member (
    agreement_id  uuid NOT NULL REFERENCES agreement (id),
    position      integer NOT NULL CHECK (position > 0),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    represents    text NOT NULL CHECK (length(represents) BETWEEN 1 AND 200),
    PRIMARY KEY (agreement_id, position)
);

CREATE TABLE follow_up_meeting (
    id            uuid PRIMARY KEY,
    agreement_id  uuid NOT NULL REFERENCES agreement (id),
    kind          text NOT NULL CHECK (kind IN ('RESPONSIBILITY_GROUP', 'PRIMARY_CONTACT_TALK')),
    held_on       date NOT NULL,
    note          text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL
);
CREATE INDEX follow_up_meeting_agreement ON follow_up_meeting (agreement_id, held_on);
