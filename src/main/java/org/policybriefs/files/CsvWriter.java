package org.policybriefs.files;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one writer of every CSV file the product publishes ({@code indicators.csv},
 * {@code rejects.csv}, {@code changes.csv}): RFC 4180 quoting, {@code \n} line ends, UTF-8, and
 * every cell of every column neutralised against spreadsheet formulas. A cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * which a spreadsheet hides and which makes it show the cell as text instead of running it. A
 * plain negative number ({@code -3.5}, {@code -12}) is left as it is: a spreadsheet reads it as a
 * number, never as a formula, and analysts sum and sort that column. A cell that itself starts
 * with an apostrophe gets one more, so that {@link #asWritten(String)} gives every cell back exactly.
 */
public final class CsvWriter implements Flushable {

	private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private CsvWriter(CSVPrinter printer) {
		this.printer = printer;
	}

	/** A writer of a CSV file with this header; nothing is closed: the caller owns the stream. */
	public static CsvWriter to(OutputStream out, List<String> header) {
		try {
			return new CsvWriter(new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row: each cell neutralised; null is written as an empty cell. */
	public void row(String... cells) {
		try {
			this.printer.printRecord(Arrays.stream(cells).map(CsvWriter::cell));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void flush() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A cell as written: neutralised when a spreadsheet would run it as a formula. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '\'' || (FORMULA_STARTS.indexOf(first) >= 0 && !PLAIN_NEGATIVE_NUMBER.matcher(value).matches())) {
			return "'" + value;
		}
		return value;
	}

	/** A cell read back from a file this writer wrote: the value without the apostrophe it added. */
	public static String asWritten(String cell) {
		return (cell != null && cell.startsWith("'")) ? cell.substring(1) : cell;
	}

}
