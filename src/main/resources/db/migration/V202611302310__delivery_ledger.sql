-- The delivery ledger: one row per (as-of date, analyst, content fingerprint) that was sent or
-- whose sending began. The primary key makes the claim atomic, so two instances, or a partition
-- restarted on another machine, can never both send the same briefs to the same analyst.
-- A delivery that failed for good gives its claim back, so that a later run retries it.
CREATE TABLE IF NOT EXISTS delivery_ledger (
	as_of VARCHAR(10) NOT NULL,
	recipient VARCHAR(320) NOT NULL,
	fingerprint VARCHAR(64) NOT NULL,
	job_execution_id BIGINT NOT NULL,
	status VARCHAR(16) NOT NULL,
	PRIMARY KEY (as_of, recipient, fingerprint)
);

-- deliveries recorded before the ledger existed keep their meaning
INSERT INTO delivery_ledger (as_of, recipient, fingerprint, job_execution_id, status)
SELECT as_of, LOWER(recipient), fingerprint, MIN(job_execution_id), MAX(status)
FROM delivery_log WHERE status IN ('SENT', 'SENDING')
GROUP BY as_of, LOWER(recipient), fingerprint;
