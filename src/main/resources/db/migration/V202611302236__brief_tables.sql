-- Tables of the brief job, the same on H2 and PostgreSQL. Ingest tables have no unique keys on
-- purpose: a duplicate row is loaded, then found and moved to rejected_row with a reason naming
-- both lines. Every row belongs to one job instance (one as-of date and one input fingerprint),
-- so the history of earlier runs stays queryable and a restarted run finds its own rows.
-- IF NOT EXISTS: a database made by the schema.sql of earlier versions is taken over as it is.

CREATE TABLE IF NOT EXISTS source (
	job_instance_id BIGINT NOT NULL,
	id VARCHAR(64) NOT NULL,
	title VARCHAR(1000),
	publisher VARCHAR(1000),
	published VARCHAR(64),
	url VARCHAR(2000),
	line BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS source_key ON source (job_instance_id, id);
-- optional columns of sources.csv (title_zh, publisher_zh, archive), as JSON; added to older databases too
ALTER TABLE source ADD COLUMN IF NOT EXISTS attributes VARCHAR(20000);
-- kind of source (official-statistics, press, self-media, company, interview; empty when not given)
ALTER TABLE source ADD COLUMN IF NOT EXISTS kind VARCHAR(32);

CREATE TABLE IF NOT EXISTS region (
	job_instance_id BIGINT NOT NULL,
	code VARCHAR(16) NOT NULL,
	name_en VARCHAR(200) NOT NULL,
	name_zh VARCHAR(200) NOT NULL,
	strategy VARCHAR(100) NOT NULL,
	strategy_en VARCHAR(200) NOT NULL,
	strategy_zh VARCHAR(200) NOT NULL,
	attributes VARCHAR(20000),
	line BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS region_key ON region (job_instance_id, code);

CREATE TABLE IF NOT EXISTS indicator (
	job_instance_id BIGINT NOT NULL,
	code VARCHAR(64) NOT NULL,
	name_en VARCHAR(200) NOT NULL,
	name_zh VARCHAR(200) NOT NULL,
	unit VARCHAR(50),
	category VARCHAR(64) NOT NULL,
	kind VARCHAR(16) NOT NULL,
	formula VARCHAR(2000),
	decimals INT NOT NULL,
	direction VARCHAR(16) NOT NULL,
	attributes VARCHAR(20000),
	line BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS indicator_key ON indicator (job_instance_id, code);
-- a derived indicator's one region, and the benchmark region with its defined value
ALTER TABLE indicator ADD COLUMN IF NOT EXISTS region VARCHAR(16);
ALTER TABLE indicator ADD COLUMN IF NOT EXISTS benchmark_region VARCHAR(16);
ALTER TABLE indicator ADD COLUMN IF NOT EXISTS benchmark_value DOUBLE PRECISION;

CREATE TABLE IF NOT EXISTS observation (
	job_instance_id BIGINT NOT NULL,
	region VARCHAR(16) NOT NULL,
	indicator VARCHAR(64) NOT NULL,
	period VARCHAR(16) NOT NULL,
	val DOUBLE PRECISION NOT NULL,
	qualifier VARCHAR(2) NOT NULL,
	source VARCHAR(64) NOT NULL,
	quote VARCHAR(4000),
	note VARCHAR(4000),
	line BIGINT NOT NULL
);
-- Period first: the key for duplicate detection, and the index the indicator step reads one period through.
DROP INDEX IF EXISTS observation_key;
CREATE INDEX IF NOT EXISTS observation_period_key ON observation (job_instance_id, period, region, indicator);
-- what a figure describes when not the whole region, whether its period is stated or assumed, the quote in English
ALTER TABLE observation ADD COLUMN IF NOT EXISTS scope_en VARCHAR(4000);
ALTER TABLE observation ADD COLUMN IF NOT EXISTS scope_zh VARCHAR(4000);
ALTER TABLE observation ADD COLUMN IF NOT EXISTS period_basis VARCHAR(16);
ALTER TABLE observation ADD COLUMN IF NOT EXISTS quote_en VARCHAR(4000);

-- Derived values with their lineage: the formula, the inputs it used and the union of their sources.
-- A derived value that could not be computed keeps val NULL and says why in missing_kind, missing_input
-- and missing_period (missing_reason is the older English text, no longer written).
CREATE TABLE IF NOT EXISTS derived_value (
	job_instance_id BIGINT NOT NULL,
	region VARCHAR(16) NOT NULL,
	indicator VARCHAR(64) NOT NULL,
	period VARCHAR(16) NOT NULL,
	val DOUBLE PRECISION,
	qualifier VARCHAR(2),
	formula VARCHAR(2000) NOT NULL,
	inputs VARCHAR(20000),
	sources VARCHAR(2000),
	missing_reason VARCHAR(2000),
	PRIMARY KEY (job_instance_id, region, indicator, period)
);
-- the narrowest scope of the inputs, stated/assumed period, a benchmark region's defined value, why missing
ALTER TABLE derived_value ADD COLUMN IF NOT EXISTS scope_en VARCHAR(4000);
ALTER TABLE derived_value ADD COLUMN IF NOT EXISTS scope_zh VARCHAR(4000);
ALTER TABLE derived_value ADD COLUMN IF NOT EXISTS period_basis VARCHAR(16);
ALTER TABLE derived_value ADD COLUMN IF NOT EXISTS benchmark BOOLEAN;
ALTER TABLE derived_value ADD COLUMN IF NOT EXISTS missing_kind VARCHAR(32);
ALTER TABLE derived_value ADD COLUMN IF NOT EXISTS missing_input VARCHAR(2000);
ALTER TABLE derived_value ADD COLUMN IF NOT EXISTS missing_period VARCHAR(16);

CREATE TABLE IF NOT EXISTS rejected_row (
	job_instance_id BIGINT NOT NULL,
	file VARCHAR(200) NOT NULL,
	line BIGINT NOT NULL,
	column_name VARCHAR(200),
	val VARCHAR(4000),
	reason VARCHAR(4000) NOT NULL
);
CREATE INDEX IF NOT EXISTS rejected_row_file ON rejected_row (job_instance_id, file);

-- rows read = rows loaded + rows rejected, per input file: the proof that nothing was lost.
CREATE TABLE IF NOT EXISTS file_reconciliation (
	job_instance_id BIGINT NOT NULL,
	file VARCHAR(200) NOT NULL,
	rows_read BIGINT NOT NULL,
	rows_loaded BIGINT NOT NULL,
	rows_rejected BIGINT NOT NULL,
	PRIMARY KEY (job_instance_id, file)
);

CREATE TABLE IF NOT EXISTS rendered_brief (
	job_instance_id BIGINT NOT NULL,
	brief_id VARCHAR(100) NOT NULL,
	locale VARCHAR(16) NOT NULL,
	file_name VARCHAR(200) NOT NULL,
	bytes BIGINT NOT NULL,
	pages INT NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	PRIMARY KEY (job_instance_id, brief_id, locale)
);

-- One row per analyst and run: what was sent (or not) and why. A row with status SENT for the same
-- recipient, briefs and content fingerprint means those briefs are never sent to that analyst again.
CREATE TABLE IF NOT EXISTS delivery_log (
	id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	job_instance_id BIGINT NOT NULL,
	job_execution_id BIGINT NOT NULL,
	as_of VARCHAR(10) NOT NULL,
	recipient VARCHAR(320) NOT NULL,
	recipient_name VARCHAR(200),
	briefs VARCHAR(2000) NOT NULL,
	fingerprint VARCHAR(64) NOT NULL,
	status VARCHAR(16) NOT NULL,
	attempts INT NOT NULL,
	message_id VARCHAR(500),
	error VARCHAR(4000),
	started_at TIMESTAMP NOT NULL,
	finished_at TIMESTAMP
);
CREATE INDEX IF NOT EXISTS delivery_log_instance ON delivery_log (job_instance_id);
CREATE INDEX IF NOT EXISTS delivery_log_recipient ON delivery_log (recipient, fingerprint);
