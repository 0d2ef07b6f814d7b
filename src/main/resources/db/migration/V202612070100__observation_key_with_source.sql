-- Observations are keyed by source too (several sources may give a figure): the index carries the
-- whole key, so that finding repeated keys groups the rows in index order as they are read, and the
-- copies of one key are found through the index, instead of hashing and scanning every row.
DROP INDEX IF EXISTS observation_period_key;
CREATE INDEX IF NOT EXISTS observation_period_key ON observation (job_instance_id, period, region, indicator, source);
