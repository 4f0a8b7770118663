-- R-PAY-2: a resident who pays by standing order gets the KID and account letter once; the clerk sees when it
-- was first produced (and so sent), and by whom. One row per agreement, never updated.
CREATE TABLE standing_order_letter (
    agreement_id       uuid PRIMARY KEY REFERENCES agreement (id),
    kid                text NOT NULL CHECK (kid ~ '^[0-9]{2,25}$'),
    first_produced_at  timestamptz NOT NULL DEFAULT now(),
    first_produced_by  text NOT NULL
);

