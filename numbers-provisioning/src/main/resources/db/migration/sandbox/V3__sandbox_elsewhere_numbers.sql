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
