-- Compliance profiles: one account's proof of who and where it is for the numbers of one country, number type and
-- kind of end user, with the carrier's ids of it once handed over for review (a Twilio bundle and address, a Telnyx
-- requirement group). Their documents' details, and the files themselves in a table of their own so that listing
-- profiles never reads a file. An order names the profile that covers it. Portable between MySQL/MariaDB and H2.

CREATE TABLE compliance_profiles (
    id                         VARCHAR(40)   NOT NULL,
    account_id                 VARCHAR(40)   NOT NULL,
    country_code               CHAR(2)       NOT NULL,
    number_type                VARCHAR(16)   NOT NULL,
    end_user_type              VARCHAR(16)   NOT NULL,
    end_user_name              VARCHAR(200)  NOT NULL,
    end_user_email             VARCHAR(200)  NOT NULL,
    registration_number        VARCHAR(100),
    address_id                 VARCHAR(40),
    status                     VARCHAR(16)   NOT NULL,
    status_reason              VARCHAR(2000),
    valid_until                DATETIME(6),
    provider                   VARCHAR(20)   NOT NULL,
    carrier_reference          VARCHAR(100),
    carrier_address_reference  VARCHAR(100),
    created_at                 DATETIME(6)   NOT NULL,
    submitted_at               DATETIME(6),
    updated_at                 DATETIME(6)   NOT NULL,
    version                    BIGINT        NOT NULL,
    CONSTRAINT pk_compliance_profiles PRIMARY KEY (id),
    CONSTRAINT fk_compliance_profiles_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE INDEX ix_compliance_profiles_account ON compliance_profiles (account_id);
CREATE INDEX ix_compliance_profiles_status ON compliance_profiles (status);
CREATE INDEX ix_compliance_profiles_carrier ON compliance_profiles (provider, carrier_reference);

CREATE TABLE compliance_documents (
    id           VARCHAR(40)   NOT NULL,
    profile_id   VARCHAR(40)   NOT NULL,
    type         VARCHAR(40)   NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    added_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_compliance_documents PRIMARY KEY (id),
    CONSTRAINT fk_compliance_documents_profile FOREIGN KEY (profile_id) REFERENCES compliance_profiles (id)
);

CREATE INDEX ix_compliance_documents_profile ON compliance_documents (profile_id);

CREATE TABLE compliance_document_files (
    document_id  VARCHAR(40)   NOT NULL,
    media_type   VARCHAR(40)   NOT NULL,
    content      LONGBLOB      NOT NULL,
    CONSTRAINT pk_compliance_document_files PRIMARY KEY (document_id),
    CONSTRAINT fk_compliance_document_files_document FOREIGN KEY (document_id) REFERENCES compliance_documents (id)
);

ALTER TABLE number_orders ADD COLUMN compliance_profile_id VARCHAR(40);
