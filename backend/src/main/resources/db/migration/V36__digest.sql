-- Issue 18 item 10: the daily e-mail digest of what the Oversikt shows as due, for staff who opt in.
-- One row per staff member (token subject) who has switched it on; switching it off deletes the row. The facilities
-- are those of the member's latest token (stored at opt-in, refreshed each time the member's token is seen on
-- /api/me/digest): the digest runs without a token and covers only these, and only while confirmed_at is recent
-- (bta.digest.confirmation-days), so someone whose access ended (no more tokens, or a token without the facility)
-- gets nothing.
CREATE TABLE digest_subscription (
    subject      text PRIMARY KEY CHECK (length(subject) BETWEEN 1 AND 255),
    username     text,
    email        text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND position('@' IN email) > 1),
    facilities   text[]      NOT NULL,
    opted_in_at  timestamptz NOT NULL,
    confirmed_at timestamptz NOT NULL
);

-- What was sent, one row per member and day (Europe/Oslo): a rerun, a second instance or a restart sends nothing
-- twice. The row is written in the transaction that sends the mail.
CREATE TABLE digest_sent (
    subject text        NOT NULL,
    day     date        NOT NULL,
    items   integer     NOT NULL CHECK (items > 0),
    sent_at timestamptz NOT NULL,
    PRIMARY KEY (subject, day)
);
