-- The job that asks carriers about compliance profiles in review, and expires approvals that ran out.
INSERT INTO job_leases (job) VALUES ('review-compliance-profiles');
