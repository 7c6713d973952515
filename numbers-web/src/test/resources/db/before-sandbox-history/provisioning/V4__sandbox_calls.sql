-- The calls the sandbox carrier simulates. Portable between MySQL/MariaDB and H2.
--
-- How a call ends (outcome) is decided when it is placed; rings_at, answers_at (null for a call nobody answers) and
-- ends_at are its timeline. reported is the last status the sandbox told the product about, so that a call whose end
-- was not reported before the server stopped is reported after it starts again.
CREATE TABLE sandbox_calls (
    carrier_call_id  VARCHAR(34)   NOT NULL,
    call_reference   VARCHAR(40)   NOT NULL,
    from_number      VARCHAR(16)   NOT NULL,
    to_number        VARCHAR(16)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    failure_reason   VARCHAR(500),
    placed_at        DATETIME(6)   NOT NULL,
    rings_at         DATETIME(6)   NOT NULL,
    answers_at       DATETIME(6),
    ends_at          DATETIME(6)   NOT NULL,
    reported         VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_sandbox_calls PRIMARY KEY (carrier_call_id),
    CONSTRAINT ck_sandbox_calls_outcome CHECK (outcome IN ('completed', 'busy', 'failed', 'no-answer', 'canceled')),
    CONSTRAINT ck_sandbox_calls_reported CHECK (reported IN ('queued', 'ringing', 'in-progress', 'completed', 'busy',
        'failed', 'no-answer', 'canceled'))
);

CREATE INDEX ix_sandbox_calls_unreported ON sandbox_calls (reported, ends_at);
