-- The sandbox carrier's book: the latest order for each number it sold or is selling. Portable between
-- MySQL/MariaDB and H2.
--
-- One row per number (the primary key): a released number, or one whose order failed, is sold again in the same
-- row, under the new order's reference. How the order ends is decided when it is placed: 'ordered' rows are the
-- buyer's from completes_at, 'failed' rows fail then for failure_reason, 'released' rows were given back.
-- A number is held, so neither offered nor sold to anyone else, while its row is 'ordered', or 'failed' with
-- completes_at still to come.
CREATE TABLE sandbox_numbers (
    phone_number       VARCHAR(16)   NOT NULL,
    order_reference    VARCHAR(100)  NOT NULL,
    carrier_reference  VARCHAR(34)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    failure_reason     VARCHAR(500),
    ordered_at         DATETIME(6)   NOT NULL,
    completes_at       DATETIME(6)   NOT NULL,
    released_at        DATETIME(6),
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_sandbox_numbers PRIMARY KEY (phone_number),
    CONSTRAINT uq_sandbox_numbers_order UNIQUE (order_reference),
    CONSTRAINT uq_sandbox_numbers_carrier UNIQUE (carrier_reference),
    CONSTRAINT ck_sandbox_numbers_status CHECK (status IN ('ordered', 'failed', 'released')),
    CONSTRAINT ck_sandbox_numbers_failure CHECK (
        (status = 'failed' AND failure_reason IS NOT NULL)
        OR (status <> 'failed' AND failure_reason IS NULL)),
    CONSTRAINT ck_sandbox_numbers_released CHECK (
        (status = 'released' AND released_at IS NOT NULL)
        OR (status <> 'released' AND released_at IS NULL))
);
