-- Accounts, their assistants and their phone numbers. Portable between MySQL/MariaDB and H2.

CREATE TABLE accounts (
    id          VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    plan        VARCHAR(20)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_accounts PRIMARY KEY (id),
    CONSTRAINT ck_accounts_plan CHECK (plan IN ('free', 'starter', 'pro', 'enterprise'))
);

CREATE TABLE assistants (
    id             VARCHAR(40)  NOT NULL,
    account_id     VARCHAR(40)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    first_message  TEXT,
    system_prompt  TEXT,
    voice          VARCHAR(100),
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_assistants PRIMARY KEY (id),
    CONSTRAINT uq_assistants_account UNIQUE (id, account_id),
    CONSTRAINT fk_assistants_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE INDEX ix_assistants_account ON assistants (account_id, created_at);

-- held_number is the E.164 number while the row holds it and null once it is released or failed:
-- its unique index lets one row at a time hold a number. The assistant is a single column, so a
-- number has at most one; the composite key keeps it inside the number's own account.
CREATE TABLE phone_numbers (
    id                 VARCHAR(40)   NOT NULL,
    account_id         VARCHAR(40)   NOT NULL,
    phone_number       VARCHAR(16)   NOT NULL,
    held_number        VARCHAR(16),
    number_type        VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    status_reason      VARCHAR(500),
    assistant_id       VARCHAR(40),
    trial              BOOLEAN       NOT NULL,
    expires_at         DATETIME(6),
    monthly_price      DECIMAL(10,2) NOT NULL,
    setup_price        DECIMAL(10,2) NOT NULL,
    features           VARCHAR(100)  NOT NULL,
    provider           VARCHAR(20)   NOT NULL,
    carrier_reference  VARCHAR(100),
    created_at         DATETIME(6)   NOT NULL,
    activated_at       DATETIME(6),
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_phone_numbers PRIMARY KEY (id),
    CONSTRAINT uq_phone_numbers_held UNIQUE (held_number),
    CONSTRAINT fk_phone_numbers_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_phone_numbers_assistant FOREIGN KEY (assistant_id, account_id) REFERENCES assistants (id, account_id),
    CONSTRAINT ck_phone_numbers_status CHECK (status IN ('purchasing', 'active', 'suspended', 'error', 'released')),
    CONSTRAINT ck_phone_numbers_held CHECK (
        (status IN ('purchasing', 'active', 'suspended') AND held_number = phone_number)
        OR (status IN ('error', 'released') AND held_number IS NULL)),
    CONSTRAINT ck_phone_numbers_assistant CHECK (assistant_id IS NULL OR status IN ('active', 'suspended')),
    CONSTRAINT ck_phone_numbers_type CHECK (number_type IN ('local', 'toll-free', 'mobile', 'national'))
);

CREATE INDEX ix_phone_numbers_account ON phone_numbers (account_id, created_at);
CREATE INDEX ix_phone_numbers_assistant ON phone_numbers (assistant_id);
CREATE INDEX ix_phone_numbers_status ON phone_numbers (status, updated_at);
