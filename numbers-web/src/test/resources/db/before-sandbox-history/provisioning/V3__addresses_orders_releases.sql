-- Customers' addresses, the bookkeeping of carrier orders that are not settled yet, and releases the carrier
-- still has to hear about. Portable between MySQL/MariaDB and H2.

CREATE TABLE addresses (
    id             VARCHAR(40)  NOT NULL,
    account_id     VARCHAR(40)  NOT NULL,
    customer_name  VARCHAR(200) NOT NULL,
    street         VARCHAR(200) NOT NULL,
    city           VARCHAR(100) NOT NULL,
    postal_code    VARCHAR(20)  NOT NULL,
    region         VARCHAR(100),
    country_code   CHAR(2)      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_addresses PRIMARY KEY (id),
    CONSTRAINT fk_addresses_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE INDEX ix_addresses_account ON addresses (account_id);

-- One row per number bought and not yet settled with its carrier. placed_at is set just before the carrier is
-- asked, so after a crash it tells "maybe ordered" from "never ordered"; claimed_until lets one instance at a
-- time work on an order.
CREATE TABLE number_orders (
    phone_number_id          VARCHAR(40)  NOT NULL,
    assistant_id             VARCHAR(40),
    address_id               VARCHAR(40),
    placed_at                DATETIME(6),
    carrier_order_reference  VARCHAR(100),
    attempts                 INT          NOT NULL,
    check_after              DATETIME(6)  NOT NULL,
    claimed_until            DATETIME(6),
    settled_at               DATETIME(6),
    CONSTRAINT pk_number_orders PRIMARY KEY (phone_number_id),
    CONSTRAINT fk_number_orders_number FOREIGN KEY (phone_number_id) REFERENCES phone_numbers (id),
    CONSTRAINT fk_number_orders_address FOREIGN KEY (address_id) REFERENCES addresses (id)
);

CREATE INDEX ix_number_orders_due ON number_orders (settled_at, check_after);

-- A number released in Numbers whose carrier must still be told: written in the same transaction as the release,
-- so it is told at least once, however often it fails or the server stops.
CREATE TABLE carrier_releases (
    phone_number_id    VARCHAR(40)  NOT NULL,
    provider           VARCHAR(20)  NOT NULL,
    carrier_reference  VARCHAR(100) NOT NULL,
    attempts           INT          NOT NULL,
    try_after          DATETIME(6)  NOT NULL,
    claimed_until      DATETIME(6),
    last_error         VARCHAR(500),
    done_at            DATETIME(6),
    CONSTRAINT pk_carrier_releases PRIMARY KEY (phone_number_id),
    CONSTRAINT fk_carrier_releases_number FOREIGN KEY (phone_number_id) REFERENCES phone_numbers (id)
);

CREATE INDEX ix_carrier_releases_due ON carrier_releases (done_at, try_after);
CREATE INDEX ix_phone_numbers_trial ON phone_numbers (trial, expires_at);
