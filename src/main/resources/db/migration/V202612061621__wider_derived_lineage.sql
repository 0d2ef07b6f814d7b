-- A derived value's inputs and the union of their sources grow with the formula and the sources
-- behind it: wide enough for any catalog (2,000 characters were not: a crash on insert).
ALTER TABLE derived_value ALTER COLUMN sources SET DATA TYPE VARCHAR(1000000);
ALTER TABLE derived_value ALTER COLUMN inputs SET DATA TYPE VARCHAR(1000000);
