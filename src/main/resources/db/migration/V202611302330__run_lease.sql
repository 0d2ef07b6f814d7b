-- The lease of a running job execution: the process that runs it renews expires_at (database
-- time) while it lives. A run whose lease has run out lost its owner (killed, machine gone) and
-- may be taken over by another instance: marked failed and restarted where it stopped.
CREATE TABLE IF NOT EXISTS run_lease (
	job_execution_id BIGINT NOT NULL PRIMARY KEY,
	owner VARCHAR(200) NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
