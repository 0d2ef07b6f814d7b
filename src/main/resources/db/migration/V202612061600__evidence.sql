-- Several sources may give the same figure (region, indicator, period): the one the brief states and
-- derived values use is marked preferred (highest-ranked kind of source, then the latest published).
ALTER TABLE observation ADD COLUMN IF NOT EXISTS preferred BOOLEAN;

-- The consistency checks of evidence.yml, each as run on this job's figures: passed or failed, the
-- figures it compared (one per line: role, region, indicator, period, value, qualifier, source,
-- line in observations.csv, tab-separated) and its arithmetic.
CREATE TABLE IF NOT EXISTS check_result (
	job_instance_id BIGINT NOT NULL,
	seq INT NOT NULL,
	check_id VARCHAR(64) NOT NULL,
	check_kind VARCHAR(32) NOT NULL,
	region VARCHAR(16) NOT NULL,
	period VARCHAR(16) NOT NULL,
	passed BOOLEAN NOT NULL,
	figures VARCHAR(8000) NOT NULL,
	arithmetic VARCHAR(2000) NOT NULL,
	wording_en VARCHAR(2000) NOT NULL,
	wording_zh VARCHAR(2000) NOT NULL,
	PRIMARY KEY (job_instance_id, seq)
);

-- Whether a figure that is not preferred agrees with the preferred one within the indicator's tolerance.
ALTER TABLE observation ADD COLUMN IF NOT EXISTS agrees BOOLEAN;

-- The kinds of source of evidence.yml as the run read them: rank 1 outranks rank 2; their names in both languages.
CREATE TABLE IF NOT EXISTS source_kind (
	job_instance_id BIGINT NOT NULL,
	kind VARCHAR(32) NOT NULL,
	rank INT NOT NULL,
	name_en VARCHAR(200) NOT NULL,
	name_zh VARCHAR(200) NOT NULL,
	PRIMARY KEY (job_instance_id, kind)
);
