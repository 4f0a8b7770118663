-- R-FOL-2: structured assessments with their scores over time. Health data: facility staff only.
CREATE TABLE assessment (
    id            uuid PRIMARY KEY,
    person_id     uuid NOT NULL REFERENCES person (id),
    facility_id   text NOT NULL REFERENCES facility (id),
    instrument    text NOT NULL,
    taken_on      date NOT NULL,
    answers       jsonb NOT NULL,
    total         numeric(6, 1),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    recorded_by   text NOT NULL
);
CREATE INDEX assessment_person ON assessment (person_id, instrument, taken_on);
