-- Which worker (host and process, or the name given with briefs.worker.name) rendered each brief.
ALTER TABLE rendered_brief ADD COLUMN IF NOT EXISTS worker VARCHAR(200);
