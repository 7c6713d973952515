-- Partner API keys, the operator key and console users. Secrets are only ever stored hashed.

CREATE TABLE api_keys (
    id          VARCHAR(40) NOT NULL,
    account_id  VARCHAR(40) NOT NULL,
    key_hash    CHAR(64)    NOT NULL,
    key_hint    VARCHAR(20) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6),
    CONSTRAINT pk_api_keys PRIMARY KEY (id),
    CONSTRAINT uq_api_keys_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_keys_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE INDEX ix_api_keys_account ON api_keys (account_id);

-- At most one generated operator key: the fixed id makes a second start (or a second instance) find it.
CREATE TABLE operator_keys (
    id          VARCHAR(20) NOT NULL,
    key_hash    CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_operator_keys PRIMARY KEY (id)
);

CREATE TABLE console_users (
    username         VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(300) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    account_id       VARCHAR(40),
    failed_attempts  INT          NOT NULL,
    locked_until     DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_console_users PRIMARY KEY (username),
    CONSTRAINT fk_console_users_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT ck_console_users_role CHECK (role IN ('customer', 'operator')),
    CONSTRAINT ck_console_users_account CHECK ((role = 'operator' AND account_id IS NULL)
        OR (role = 'customer' AND account_id IS NOT NULL))
);
