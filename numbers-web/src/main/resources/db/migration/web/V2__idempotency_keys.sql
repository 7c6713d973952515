-- Answers to POSTs sent with an Idempotency-Key, so that a retry gets the first answer again. status is null
-- while the first request is still running.

CREATE TABLE idempotency_keys (
    scope          VARCHAR(60)  NOT NULL,
    idem_key       VARCHAR(255) NOT NULL,
    request_hash   CHAR(64)     NOT NULL,
    status         INT,
    content_type   VARCHAR(100),
    response_body  TEXT,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (scope, idem_key)
);

CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
