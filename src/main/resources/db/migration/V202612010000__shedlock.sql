-- ShedLock's table: which serve instance holds the lock of a scheduled fire, until when (database time).
CREATE TABLE IF NOT EXISTS shedlock (
	name VARCHAR(64) NOT NULL PRIMARY KEY,
	lock_until TIMESTAMP NOT NULL,
	locked_at TIMESTAMP NOT NULL,
	locked_by VARCHAR(255) NOT NULL
);
