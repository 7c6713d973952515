-- The job that reports the progress of calls missed while the server was down is the current carrier's now
-- (only the sandbox has any), no longer the sandbox's whatever the carrier: its lease under its new name.
UPDATE job_leases SET job = 'report-missed-call-progress' WHERE job = 'report-sandbox-calls';
