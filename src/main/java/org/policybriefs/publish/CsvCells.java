package org.policybriefs.publish;

/**
 * Text cells of exported CSV files, neutralised against spreadsheet formula injection: a cell
 * that a spreadsheet would run as a formula gets a leading apostrophe and is shown as text.
 */
final class CsvCells {

	private CsvCells() {
	}

	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

}
