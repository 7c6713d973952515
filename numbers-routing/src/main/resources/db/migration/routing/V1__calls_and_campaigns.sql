-- Outbound calls, campaigns and their contacts. Portable between MySQL/MariaDB and H2.
--
-- A call is written down (status 'queued', no carrier_call_id) before its carrier is asked, and learns the carrier's
-- id from the carrier's answer or its first report. Accounts, assistants and numbers belong to provisioning, so
-- their ids are kept here without foreign keys across the modules' tables.
CREATE TABLE calls (
    id               VARCHAR(40)   NOT NULL,
    account_id       VARCHAR(40)   NOT NULL,
    assistant_id     VARCHAR(40)   NOT NULL,
    phone_number_id  VARCHAR(40)   NOT NULL,
    from_number      VARCHAR(16)   NOT NULL,
    to_number        VARCHAR(16)   NOT NULL,
    provider         VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    carrier_call_id  VARCHAR(100),
    failure_reason   VARCHAR(500),
    campaign_id      VARCHAR(40),
    contact_id       VARCHAR(40),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    answered_at      DATETIME(6),
    ended_at         DATETIME(6),
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_calls PRIMARY KEY (id),
    CONSTRAINT uq_calls_carrier UNIQUE (provider, carrier_call_id),
    CONSTRAINT ck_calls_status CHECK (status IN ('queued', 'ringing', 'in-progress', 'completed', 'busy', 'failed',
        'no-answer', 'canceled')),
    CONSTRAINT ck_calls_contact CHECK (contact_id IS NULL OR campaign_id IS NOT NULL)
);

CREATE INDEX ix_calls_account ON calls (account_id, created_at);
CREATE INDEX ix_calls_campaign ON calls (campaign_id);

CREATE TABLE campaigns (
    id                    VARCHAR(40)   NOT NULL,
    account_id            VARCHAR(40)   NOT NULL,
    assistant_id          VARCHAR(40)   NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    max_concurrent_calls  INT           NOT NULL,
    contact_count         INT           NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    completed_at          DATETIME(6),
    version               BIGINT        NOT NULL,
    CONSTRAINT pk_campaigns PRIMARY KEY (id),
    CONSTRAINT ck_campaigns_status CHECK (status IN ('running', 'paused', 'completed')),
    CONSTRAINT ck_campaigns_concurrency CHECK (max_concurrent_calls BETWEEN 1 AND 50)
);

CREATE INDEX ix_campaigns_status ON campaigns (status, created_at);
CREATE INDEX ix_campaigns_account ON campaigns (account_id, created_at);

-- A contact is claimed ('dialing', claimed_at) before it is dialled, and its call is tied to it (call_id) in the same
-- transaction that writes the call down, before the carrier is asked: a claimed contact without a call was never
-- dialled.
CREATE TABLE campaign_contacts (
    id              VARCHAR(40)   NOT NULL,
    campaign_id     VARCHAR(40)   NOT NULL,
    list_index      INT           NOT NULL,
    phone_number    VARCHAR(16)   NOT NULL,
    name            VARCHAR(200),
    status          VARCHAR(20)   NOT NULL,
    call_id         VARCHAR(40),
    failure_reason  VARCHAR(500),
    claimed_at      DATETIME(6),
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_campaign_contacts PRIMARY KEY (id),
    CONSTRAINT uq_campaign_contacts_index UNIQUE (campaign_id, list_index),
    CONSTRAINT fk_campaign_contacts_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT ck_campaign_contacts_status CHECK (status IN ('pending', 'dialing', 'completed', 'failed'))
);

CREATE INDEX ix_campaign_contacts_status ON campaign_contacts (campaign_id, status, list_index);
CREATE INDEX ix_campaign_contacts_claimed ON campaign_contacts (status, claimed_at);
