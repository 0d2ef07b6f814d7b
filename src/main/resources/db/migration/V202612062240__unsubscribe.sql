-- Analysts who asked for no more messages (distribute owns it): one row per address, in lower case,
-- with when and how (ONE_CLICK: the mail client's List-Unsubscribe-Post; PAGE: the button on the
-- confirmation page). The next run sends them nothing and says so in the delivery log (UNSUBSCRIBED).
CREATE TABLE IF NOT EXISTS unsubscribe (
	recipient VARCHAR(320) NOT NULL PRIMARY KEY,
	unsubscribed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	how VARCHAR(16) NOT NULL
);
