-- A kept answer can be larger than TEXT's 64 KB on MySQL/MariaDB (a campaign with hundreds of contacts): the
-- answers move to a LONGTEXT column. H2 and MySQL share no statement that changes a column's type, so the column
-- is added, filled and the old one dropped.
ALTER TABLE idempotency_keys ADD COLUMN answer_body LONGTEXT;
UPDATE idempotency_keys SET answer_body = response_body;
ALTER TABLE idempotency_keys DROP COLUMN response_body;
