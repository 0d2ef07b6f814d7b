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
public final class CsvRowValidation {

	/** Pseudo-column the reader adds when a record's field count differs from the header's. */
	static final String FIELD_COUNT = "#fields";

	static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

	static final Pattern PERIOD = Pattern.compile("([0-9]{4})(-(Q[1-4]|H[12]|[0-9]{2}))?");

	/** The earliest year a period may name: anything before is a typing mistake, not data. */
	static final int FIRST_YEAR = 1900;

	/** A plain decimal in ASCII digits, as BigDecimal reads it: sign, digits, point, exponent. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

	/** How much of a value too long to keep a rejection shows. */
	private static final int SHOWN = 40;

	private final CsvRow row;

	/** The row's code when its file has a one-column key: kept with each rejection of the row. */
	private final String key;

	private final List<RejectedRow> problems = new ArrayList<>();

	/** Checks what every field of a file's row must be: within its column's limit, without control characters. */
	CsvRowValidation(CsvRow row, InputFileSpec spec) {
		this.row = row;
		this.key = (spec.keyColumns().size() == 1) ? row.values().get(spec.keyColumns().get(0)) : null;
		String fieldCount = row.values().get(FIELD_COUNT);
		if (fieldCount != null) {
			reject(FIELD_COUNT, fieldCount, "the row has " + fieldCount + " fields of the header; check for a missing"
					+ " or extra comma, or quote the field that contains a comma");
		}
		for (Map.Entry<String, String> field : row.values().entrySet()) {
			spec.column(field.getKey()).ifPresent((column) -> checkField(column, field.getValue()));
		}
	}

	/**
	 * What every field of a row must be, whatever the file: a field count that matches the header,
	 * each field within its column's limit and free of control and formatting characters. For files
	 * read outside the ingest steps (analysts.csv), which check the rest themselves.
	 */
	public static List<RejectedRow> fieldProblems(CsvRow row, InputFileSpec spec) {
		return new CsvRowValidation(row, spec).problems;
	}

	private void checkField(InputFileSpec.Column column, String value) {
		if (value.length() > column.limit()) {
			String shown = (value.length() > SHOWN) ? value.substring(0, SHOWN) + "…" : value;
			reject(column.name(), shown, "the field is " + value.length()
					+ " characters long; the limit for " + column.name() + " is " + column.limit() + "; shorten it");
			return;
		}
		String unwanted = FieldCharacters.unwanted(value);
		if (unwanted != null) {
			reject(column.name(), FieldCharacters.visible(value), unwanted);
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

	/**
	 * A code that must be loaded from another file; when that file has it only in rejected rows
	 * (a conflicting duplicate, say), the reason says to fix those rows rather than to add the code.
	 */
	String known(String column, Set<String> known, String what, InputFileSpec file, RejectedKeys rejected) {
		String value = this.row.get(column);
		List<Long> rejectedLines = (value.isEmpty() || known.contains(value)) ? List.of() : rejected.of(file, value);
		if (rejectedLines.isEmpty()) {
			return known(column, known, what, file.fileName());
		}
		notLoaded(column, value, what, file, rejectedLines);
		return value;
	}

	private void notLoaded(String column, String value, String what, InputFileSpec file, List<Long> rejectedLines) {
		reject(column, value, "the " + what + " '" + value + "' was not loaded: " + file.fileName() + " rejected its row"
				+ ((rejectedLines.size() > 1) ? "s at lines " : " at line ")
				+ String.join(", ", rejectedLines.stream().map(String::valueOf).toList()) + "; correct "
				+ ((rejectedLines.size() > 1) ? "them" : "it") + " there");
	}

	/** A finite decimal number: no units, no NaN or Infinity, nothing a double cannot hold. */
	Double number(String column) {
		String value = required(column);
		if (value.isEmpty()) {
			return null;
		}
		if (FieldCharacters.hasOtherDigits(value)) {
			reject(column, value, "digits other than 0-9 (full-width or Arabic-Indic, say); write the number with the"
					+ " ASCII digits 0-9");
			return null;
		}
		BigDecimal decimal;
		try {
			if (!PLAIN_NUMBER.matcher(value).matches()) {
				throw new NumberFormatException(value);
			}
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
		if (value.matches("[0-9]{1,9}")) {
			int parsed = Integer.parseInt(value);
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		reject(column, value, "must be a whole number from " + min + " to " + max + ", in the digits 0-9");
		return null;
	}

	/**
	 * A real period: a year from {@value #FIRST_YEAR}, alone or with a quarter 1-4, a half 1-2 or a
	 * month 01-12, so that a typing mistake such as 2024-13 can never become a brief's data period.
	 */
	String period(String column) {
		String value = required(column);
		if (value.isEmpty()) {
			return value;
		}
		java.util.regex.Matcher period = PERIOD.matcher(value);
		String what = "not a period: write YYYY, YYYY-Qn (quarter 1-4), YYYY-Hn (half 1-2) or YYYY-MM (month 01-12)";
		if (!period.matches()) {
			reject(column, value, what);
		}
		else if (Integer.parseInt(period.group(1)) < FIRST_YEAR) {
			reject(column, value, "the year " + period.group(1) + " is before " + FIRST_YEAR + "; " + what);
		}
		else if (period.group(3) != null && period.group(3).matches("[0-9]{2}")
				&& (Integer.parseInt(period.group(3)) < 1 || Integer.parseInt(period.group(3)) > 12)) {
			reject(column, value, "there is no month " + period.group(3) + "; " + what);
		}
		return value;
	}

	/** An optional column that, when given, must be one of the allowed words; the empty string when not given. */
	String optionalOneOf(String column, Set<String> allowed) {
		String value = this.row.get(column);
		if (!value.isEmpty() && !allowed.contains(value)) {
			reject(column, value, "must be one of " + String.join(", ", allowed.stream().sorted().toList())
					+ ", or empty");
		}
		return value;
	}

	/** An optional region code that, when given, must be one of regions.csv. */
	String optionalRegion(String column, Set<String> regions, RejectedKeys rejected) {
		String value = this.row.get(column);
		if (!value.isEmpty() && !Codes.REGION.matcher(value).matches()) {
			reject(column, value, "not a valid region code (must match " + Codes.REGION.pattern() + ")");
		}
		else if (!value.isEmpty() && !regions.contains(value) && !rejected.of(InputFileSpec.REGIONS, value).isEmpty()) {
			notLoaded(column, value, "region", InputFileSpec.REGIONS, rejected.of(InputFileSpec.REGIONS, value));
		}
		else if (!value.isEmpty() && !regions.contains(value)) {
			reject(column, value, "unknown region '" + value + "'; add it to regions.csv or correct the code");
		}
		return value;
	}

	/** An optional finite number: null when the column is empty or wrong (and then rejected). */
	Double optionalNumber(String column) {
		return this.row.get(column).isEmpty() ? null : number(column);
	}

	String optional(String column) {
		return this.row.get(column);
	}

	void reject(String column, String value, String reason) {
		this.problems.add(new RejectedRow(this.row.file(), this.row.line(), column, value, reason, this.key));
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	<T> Checked<T> result(java.util.function.Supplier<T> value) {
		return hasProblems() ? Checked.rejected(this.problems) : Checked.loaded(value.get());
	}

}
