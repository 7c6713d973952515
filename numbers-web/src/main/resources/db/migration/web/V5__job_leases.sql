-- One row per timed job: the instance that runs it now, and until when its lease holds. An instance takes a job
-- only while nobody holds it, so each job runs on one instance at a time; a lease of an instance that died runs
-- out and the job is taken over. The rows exist from the start, so taking a job is an UPDATE, never a race of
-- INSERTs.
CREATE TABLE job_leases (
    job         VARCHAR(60)  NOT NULL,
    held_by     VARCHAR(200),
    held_until  DATETIME(6),
    CONSTRAINT pk_job_leases PRIMARY KEY (job)
);

INSERT INTO job_leases (job) VALUES ('reconcile-orders');
INSERT INTO job_leases (job) VALUES ('expire-trials');
INSERT INTO job_leases (job) VALUES ('release-at-carriers');
INSERT INTO job_leases (job) VALUES ('announce-expiring-trials');
INSERT INTO job_leases (job) VALUES ('deliver-partner-events');
INSERT INTO job_leases (job) VALUES ('run-campaigns');
INSERT INTO job_leases (job) VALUES ('report-sandbox-calls');
INSERT INTO job_leases (job) VALUES ('forget-idempotency-keys');
INSERT INTO job_leases (job) VALUES ('forget-number-changes');

-- Not a timed job: the row instances lock while they write the credentials of the first start, one after the other.
INSERT INTO job_leases (job) VALUES ('first-start');
