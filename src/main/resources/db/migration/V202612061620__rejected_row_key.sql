-- The code of a rejected region, indicator or source row, whatever column was at fault: a row that
-- names the code is then told that the code's row was rejected, not to add a code the file has.
ALTER TABLE rejected_row ADD COLUMN IF NOT EXISTS row_key VARCHAR(200);
