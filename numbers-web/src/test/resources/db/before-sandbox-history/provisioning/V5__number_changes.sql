-- Every change of a number, in the order of a growing sequence, written in the transaction that makes the change.
-- Each instance of a cluster follows it from where it stopped to keep its routing table equal to the database.
-- A sequence value taken by a transaction that rolled back never appears; one taken by a transaction still open
-- appears when it commits, possibly after higher ones: readers watch such gaps for a while.
CREATE TABLE number_changes (
    seq              BIGINT       NOT NULL AUTO_INCREMENT,
    phone_number_id  VARCHAR(40)  NOT NULL,
    account_id       VARCHAR(40)  NOT NULL,
    phone_number     VARCHAR(16)  NOT NULL,
    assistant_id     VARCHAR(40),
    status           VARCHAR(20)  NOT NULL,
    version          BIGINT       NOT NULL,
    changed_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_number_changes PRIMARY KEY (seq)
);

CREATE INDEX ix_number_changes_changed_at ON number_changes (changed_at);
