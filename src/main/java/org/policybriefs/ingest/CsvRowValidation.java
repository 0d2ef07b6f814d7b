package org.policybriefs.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Field checks shared by the row validators. Collects every problem of a row, so one
 * rejection report names all that is wrong with it, not only the first thing.
 */
final class CsvRowValidation {

	/** Pseudo-column the reader adds when a record's field count differs from the header's. */
	static final String FIELD_COUNT = "#fields";

	static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

	static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-(Q[1-4]|H[12]|[0-9]{2}))?");

	static final int MAX_FIELD_LENGTH = 4000;

	private final CsvRow row;

	private final List<RejectedRow> problems = new ArrayList<>();

	CsvRowValidation(CsvRow row) {
		this.row = row;
		String fieldCount = row.values().get(FIELD_COUNT);
		if (fieldCount != null) {
			reject(FIELD_COUNT, fieldCount, "the row has " + fieldCount + " fields of the header; check for a missing"
					+ " or extra comma, or quote the field that contains a comma");
		}
		for (Map.Entry<String, String> field : row.values().entrySet()) {
			if (field.getValue().length() > MAX_FIELD_LENGTH) {
				reject(field.getKey(), field.getValue().substring(0, 40) + "…", "the field is "
						+ field.getValue().length() + " characters long; the limit is " + MAX_FIELD_LENGTH);
			}
		}
	}

	String required(String column) {
		String value = this.row.get(column);
		if (value.isEmpty()) {
			reject(column, value, "the " + column + " is empty; every row needs one");
		}
		return value;
	}

	String code(String column, Pattern pattern, String what) {
		String value = required(column);
		if (!value.isEmpty() && !pattern.matcher(value).matches()) {
			reject(column, value, "not a valid " + what + " (must match " + pattern.pattern() + ")");
		}
		return value;
	}

	String oneOf(String column, Set<String> allowed) {
		String value = required(column);
		if (!value.isEmpty() && !allowed.contains(value)) {
			reject(column, value, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
		}
		return value;
	}

	String known(String column, Set<String> known, String what, String fileToFix) {
		String value = required(column);
		if (!value.isEmpty() && !known.contains(value)) {
			reject(column, value, "unknown " + what + " '" + value + "'; add it to " + fileToFix + " or correct the code");
		}
		return value;
	}

	/** A finite decimal number: no units, no NaN or Infinity, nothing a double cannot hold. */
	Double number(String column) {
		String value = required(column);
		if (value.isEmpty()) {
			return null;
		}
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			String word = value.replaceFirst("^[+-]", "").toLowerCase(Locale.ROOT);
			reject(column, value, (word.equals("nan") || word.startsWith("inf"))
					? "not a finite number; give a plain decimal such as 2.8, or leave the row out"
					: "not a number; write a plain decimal such as 2.8, without units or thousands separators");
			return null;
		}
		double parsed = decimal.doubleValue();
		if (!Double.isFinite(parsed) || (parsed == 0 && decimal.signum() != 0)) {
			reject(column, value, "the number is out of range (a value can be at most about ±1.8E308 and, unless it is 0,"
					+ " no closer to zero than 4.9E-324); check the exponent");
			return null;
		}
		return parsed;
	}

	Integer integer(String column, int min, int max) {
		String value = required(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		reject(column, value, "must be a whole number from " + min + " to " + max);
		return null;
	}

	String optional(String column) {
		return this.row.get(column);
	}

	void reject(String column, String value, String reason) {
		this.problems.add(new RejectedRow(this.row.file(), this.row.line(), column, value, reason));
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	<T> Checked<T> result(java.util.function.Supplier<T> value) {
		return hasProblems() ? Checked.rejected(this.problems) : Checked.loaded(value.get());
	}

}
