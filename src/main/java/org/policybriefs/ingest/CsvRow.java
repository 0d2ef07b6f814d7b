package org.policybriefs.ingest;

import java.util.Map;

/**
 * One data record of an input file, keyed by header name, with the physical line it starts on.
 */
public record CsvRow(String file, long line, Map<String, String> values) {

	/** The trimmed value of a column, or the empty string when the column is absent or blank. */
	public String get(String column) {
		String value = this.values.get(column);
		return (value != null) ? value.strip() : "";
	}

}
