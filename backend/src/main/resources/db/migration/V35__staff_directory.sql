-- Issue 18, item 1: people by name. Every action keeps the account that did it (the token's preferred_username, or
-- "system" for the application's own jobs): it is stable, unique and what four-eyes rules compare. This directory
-- says who the account is, from the token's name and roles the last time the account called BTA: screens,
-- letters, reports and exports show "Lars Leder, fagleder", never the account. Other systems (client credentials)
-- are named by configuration and shown as "<name> (integrasjon)".
CREATE TABLE staff_member (
    account    text PRIMARY KEY CHECK (length(account) BETWEEN 1 AND 200),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    title      text CHECK (length(title) BETWEEN 1 AND 200),
    kind       text        NOT NULL CHECK (kind IN ('PERSON', 'SYSTEM', 'INTEGRATION')),
    updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO staff_member (account, name, kind) VALUES ('system', 'BTA (automatisk)', 'SYSTEM');
