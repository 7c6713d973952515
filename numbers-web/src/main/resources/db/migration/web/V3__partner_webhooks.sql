-- Partner webhooks: where each account hears of its numbers and calls, the events on their way there, and the
-- trial numbers already announced as expiring. Portable between MySQL/MariaDB and H2.

-- The webhook secret is kept as it was issued, not hashed: every delivery is signed with it.
CREATE TABLE partner_webhooks (
    account_id  VARCHAR(40)   NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    secret      VARCHAR(100)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_partner_webhooks PRIMARY KEY (account_id),
    CONSTRAINT fk_partner_webhooks_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

-- The outbox: an event is written in the same transaction as the change it tells of, then delivered at least once.
-- next_attempt_at is null once the event is delivered (delivered_at) or given up (given_up_at, with last_error);
-- claimed_until lets one worker at a time deliver it.
CREATE TABLE partner_events (
    id               VARCHAR(40)  NOT NULL,
    account_id       VARCHAR(40)  NOT NULL,
    event_type       VARCHAR(40)  NOT NULL,
    body             TEXT         NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(6),
    claimed_until    DATETIME(6),
    delivered_at     DATETIME(6),
    given_up_at      DATETIME(6),
    last_error       VARCHAR(500),
    CONSTRAINT pk_partner_events PRIMARY KEY (id),
    CONSTRAINT fk_partner_events_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE INDEX ix_partner_events_due ON partner_events (next_attempt_at);
CREATE INDEX ix_partner_events_account ON partner_events (account_id, next_attempt_at);

-- A trial number whose coming expiry was announced: once per number, whichever instance gets there first.
CREATE TABLE partner_trial_notices (
    phone_number_id  VARCHAR(40) NOT NULL,
    event_id         VARCHAR(40) NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_partner_trial_notices PRIMARY KEY (phone_number_id),
    CONSTRAINT fk_partner_trial_notices_number FOREIGN KEY (phone_number_id) REFERENCES phone_numbers (id)
);
