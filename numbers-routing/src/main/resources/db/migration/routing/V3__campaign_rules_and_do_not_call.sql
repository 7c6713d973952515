-- Campaign rules: each campaign's call window (in each contact's own local time), the numbers it calls from, its
-- retries and what a call answered by a machine does; each contact's attempts and, while it waits, until when and
-- why; whether a machine answered a call; and each account's do-not-call list. Portable between MySQL/MariaDB and H2.
-- Campaigns stored before keep the defaults: 08:00-21:00 every day, any number of the assistant, one attempt.
ALTER TABLE campaigns ADD COLUMN window_start VARCHAR(5) NOT NULL DEFAULT '08:00';
ALTER TABLE campaigns ADD COLUMN window_end VARCHAR(5) NOT NULL DEFAULT '21:00';
ALTER TABLE campaigns ADD COLUMN window_days VARCHAR(30) NOT NULL DEFAULT 'mon,tue,wed,thu,fri,sat,sun';
ALTER TABLE campaigns ADD COLUMN from_number_ids VARCHAR(2100) NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN retry_max_attempts INT NOT NULL DEFAULT 1;
ALTER TABLE campaigns ADD COLUMN retry_after_seconds BIGINT NOT NULL DEFAULT 1800;
ALTER TABLE campaigns ADD COLUMN retry_on VARCHAR(40) NOT NULL DEFAULT 'busy,no-answer,failed';
ALTER TABLE campaigns ADD COLUMN voicemail VARCHAR(10) NOT NULL DEFAULT 'hang-up';

ALTER TABLE campaign_contacts ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE campaign_contacts ADD COLUMN due_at DATETIME(6);
ALTER TABLE campaign_contacts ADD COLUMN waiting_for VARCHAR(20);
UPDATE campaign_contacts SET attempts = 1 WHERE call_id IS NOT NULL;
ALTER TABLE campaign_contacts DROP CONSTRAINT ck_campaign_contacts_status;
ALTER TABLE campaign_contacts ADD CONSTRAINT ck_campaign_contacts_status
    CHECK (status IN ('pending', 'dialing', 'completed', 'voicemail', 'failed', 'skipped'));
ALTER TABLE campaign_contacts ADD CONSTRAINT ck_campaign_contacts_waiting
    CHECK ((due_at IS NULL AND waiting_for IS NULL) OR (due_at IS NOT NULL AND waiting_for IS NOT NULL));

ALTER TABLE calls ADD COLUMN answered_by_machine BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE do_not_call (
    account_id    VARCHAR(40)  NOT NULL,
    phone_number  VARCHAR(16)  NOT NULL,
    added_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_do_not_call PRIMARY KEY (account_id, phone_number)
);
