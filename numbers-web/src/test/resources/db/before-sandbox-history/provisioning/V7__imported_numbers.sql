-- Numbers brought from the customer's own carrier account. A number says where it came from; an imported one has
-- a row here with the customer's credentials, sealed with AES-256-GCM under numbers.secrets.key (never plain), and
-- the voice settings it had before Numbers pointed it at itself, which its release gives back.
ALTER TABLE phone_numbers ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'purchased';

CREATE TABLE imported_numbers (
    phone_number_id     VARCHAR(40)   NOT NULL,
    phone_number        VARCHAR(20)   NOT NULL,
    account_id          VARCHAR(40)   NOT NULL,
    provider            VARCHAR(20)   NOT NULL,
    -- what of the credentials may be read plainly: Twilio's account SID, so that a webhook signed with that
    -- account's token is checked with it; null where the carrier signs every webhook alike
    carrier_account     VARCHAR(64),
    sealed_credentials  VARCHAR(2000) NOT NULL,
    kept_settings       TEXT          NOT NULL,
    imported_at         DATETIME(6)   NOT NULL,
    given_back_at       DATETIME(6),
    CONSTRAINT pk_imported_numbers PRIMARY KEY (phone_number_id),
    CONSTRAINT fk_imported_numbers_number FOREIGN KEY (phone_number_id) REFERENCES phone_numbers (id)
);

CREATE INDEX ix_imported_numbers_carrier_account ON imported_numbers (provider, carrier_account);

-- The sandbox's numbers "owned elsewhere": held by a customer's own sandbox account (any key opens it), each with
-- the voice URL it answers calls at there, so that importing and releasing them can be tried without a carrier.
CREATE TABLE sandbox_elsewhere_numbers (
    phone_number  VARCHAR(20)  NOT NULL,
    voice_url     VARCHAR(500) NOT NULL,
    CONSTRAINT pk_sandbox_elsewhere_numbers PRIMARY KEY (phone_number)
);

INSERT INTO sandbox_elsewhere_numbers (phone_number, voice_url) VALUES
    ('+16465550100', 'https://voice.example.com/answer'),
    ('+16465550101', 'https://voice.example.com/answer'),
    ('+16465550102', 'https://voice.example.com/answer'),
    ('+16465550103', 'https://voice.example.com/answer'),
    ('+16465550104', 'https://voice.example.com/answer'),
    ('+16465550105', 'https://voice.example.com/answer'),
    ('+16465550106', 'https://voice.example.com/answer'),
    ('+16465550107', 'https://voice.example.com/answer'),
    ('+16465550108', 'https://voice.example.com/answer'),
    ('+16465550109', 'https://voice.example.com/answer');
