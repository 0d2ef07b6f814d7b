package org.policybriefs.ingest;

/**
 * An input row that was not loaded, with the column and value at fault and a reason a person can act on.
 * The value and the reason are cut to what {@code rejected_row} holds ({@link #LONGEST} characters),
 * with a marker saying how much was left out, so that a huge cell is rejected, not a crash.
 * {@code key} is the row's code (of a region, indicator or source) whatever column was at fault,
 * so that a row naming that code is told the code's row was rejected; null where there is none.
 */
public record RejectedRow(String file, long line, String column, String value, String reason, String key) {

	/** The longest value and reason {@code rejected_row} keeps (its VARCHAR(4000) columns). */
	public static final int LONGEST = 4000;

	/** The longest key {@code rejected_row.row_key} keeps; a longer one is no valid code anyway. */
	static final int KEY_LONGEST = 200;

	public RejectedRow {
		value = shortened(value);
		reason = shortened(reason);
		key = (key != null && key.length() <= KEY_LONGEST) ? key : null;
	}

	public RejectedRow(String file, long line, String column, String value, String reason) {
		this(file, line, column, value, reason, null);
	}

	/** A text within {@link #LONGEST} characters: its start, a marker, and its last 200 characters. */
	static String shortened(String text) {
		if (text == null || text.length() <= LONGEST) {
			return text;
		}
		int tail = 200;
		String marker = "";
		int head = LONGEST - tail;
		// twice: the count in the marker changes the marker's own length at most once
		for (int pass = 0; pass < 2; pass++) {
			marker = " … (" + (text.length() - head - tail) + " characters left out) … ";
			head = LONGEST - tail - marker.length();
		}
		return text.substring(0, head) + marker + text.substring(text.length() - tail);
	}

}
