-- The input's text files the briefs are written from (series.yml, commentary/*.md), as the run read
-- them: the render step and the workers on other machines read them here, never from the input folder,
-- so every brief of a run is written from the same words.
CREATE TABLE IF NOT EXISTS input_text (
	job_instance_id BIGINT NOT NULL,
	path VARCHAR(200) NOT NULL,
	content VARCHAR(1000000) NOT NULL,
	PRIMARY KEY (job_instance_id, path)
);
