-- The instances running now: each writes its row when it starts and touches it every few seconds. A claim that
-- names an instance and its start is free once that instance stopped touching its row or started again.
CREATE TABLE instances (
    name        VARCHAR(200) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    seen_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_instances PRIMARY KEY (name)
);

-- Which instance, in which run, answers the first request of an Idempotency-Key.
ALTER TABLE idempotency_keys ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE idempotency_keys ADD COLUMN claimed_start DATETIME(6);
