package org.policybriefs.editions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policybriefs.files.CsvWriter;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.ValueFormatter;

/**
 * An edition's {@code indicators.csv}: every value of the run, observed and derived, with its
 * qualifier, unit, formula, sources and lineage. The publish step writes it here and the next
 * edition reads it back here, checked against this schema.
 */
public final class IndicatorsCsv {

	/** The file name, spelled here only. */
	public static final String FILE = "indicators.csv";

	static final List<String> HEADER = List.of("region", "indicator", "period", "value", "qualifier", "unit", "kind",
			"formula", "sources", "inputs", "missing_reason", "scope_en", "scope_zh", "period_basis", "benchmark",
			"preferred");

	/** The header of editions made before a figure could have several sources: no {@code preferred} column. */
	private static final List<String> HEADER_BEFORE_SOURCES = HEADER.subList(0, HEADER.size() - 1);

	/** How {@link ValueFormatter#plain(double)} writes a number: no exponent, no sign but minus, no hex. */
	private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,400}(\\.[0-9]{1,400})?");

	private static final Set<String> KINDS = Set.of(IndicatorValue.OBSERVED, IndicatorValue.DERIVED);

	private IndicatorsCsv() {
	}

	/**
	 * One row of the file.
	 *
	 * @param value null when the value is missing (then {@code missingReason} says why)
	 * @param periodBasis empty when the value is missing
	 * @param preferred false for a value that another source's value of the same figure outranks
	 */
	public record Row(String region, String indicator, String period, Double value, String qualifier, String unit,
			String kind, String formula, List<String> sources, String inputs, String missingReason, String scopeEn,
			String scopeZh, String periodBasis, boolean benchmark, boolean preferred) {
	}

	/** Writes the file: the header, then each row the source hands over, in its order. */
	public static void write(OutputStream out, Consumer<Consumer<Row>> rows) {
		CsvWriter csv = CsvWriter.to(out, HEADER);
		rows.accept((row) -> csv.row(row.region(), row.indicator(), row.period(),
				(row.value() != null) ? ValueFormatter.plain(row.value()) : "", row.qualifier(), row.unit(), row.kind(),
				row.formula(), String.join(";", row.sources()), row.inputs(), row.missingReason(), row.scopeEn(),
				row.scopeZh(), row.periodBasis(), row.benchmark() ? "true" : "", Boolean.toString(row.preferred())));
		csv.flush();
	}

	/**
	 * The values of a published file that have a number, checked against the schema as they are
	 * read: the header as written here (or as before the {@code preferred} column), each row with
	 * as many cells, a known kind and qualifier, a plain number, no region, indicator and period
	 * twice from the same sources nor twice preferred; at most {@code maxRows} rows. Anything else is
	 * refused with the file and line.
	 */
	static List<EditionValue> read(Path file, long maxRows) {
		List<EditionValue> values = new ArrayList<>();
		Map<EditionValue.Key, Long> lines = new HashMap<>();
		Map<EditionValue.SourceKey, Long> sourceLines = new HashMap<>();
		long line = 1;
		long start = 1;
		// malformed UTF-8 is an error, not a replacement character that would pass as a different value
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
				CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
			Iterator<CSVRecord> rows = parser.iterator();
			List<String> header = rows.hasNext() ? rows.next().toList() : List.of();
			if (!HEADER.equals(header) && !HEADER_BEFORE_SOURCES.equals(header)) {
				throw new EditionRefusedException(file, 1, "the header is not " + String.join(",", HEADER));
			}
			start = parser.getCurrentLineNumber() + 1;
			while (rows.hasNext()) {
				CSVRecord row = rows.next();
				line = start;
				start = parser.getCurrentLineNumber() + 1;
				if (row.getRecordNumber() - 1 > maxRows) {
					throw new EditionRefusedException(file, line, "more than briefs.editions.max-rows (" + maxRows
							+ ") rows");
				}
				EditionValue value = value(file, line, row, header.size());
				if (value != null) {
					String figure = value.region() + " " + value.indicator() + " " + value.period();
					Long first = sourceLines.putIfAbsent(value.sourceKey(), line);
					if (first != null) {
						throw new EditionRefusedException(file, line, figure + " from " + String.join(";", value.sources())
								+ " is here a second time (first on line " + first + ")");
					}
					Long preferred = value.preferred() ? lines.putIfAbsent(value.key(), line) : null;
					if (preferred != null) {
						throw new EditionRefusedException(file, line, figure + " is preferred a second time (first on line "
								+ preferred + ")");
					}
					values.add(value);
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new EditionRefusedException(file, start, "is not UTF-8 text");
		}
		catch (UncheckedIOException | IOException ex) {
			Throwable cause = (ex instanceof UncheckedIOException unchecked) ? unchecked.getCause() : ex;
			if (cause instanceof CharacterCodingException) {
				throw new EditionRefusedException(file, start, "is not UTF-8 text");
			}
			throw new EditionRefusedException(file, start, "is not CSV as this tool writes it: " + cause.getMessage());
		}
		return values;
	}

	/** A row as a value, or null when the value is missing; refused when a cell breaks the schema. */
	private static EditionValue value(Path file, long line, CSVRecord row, int columns) {
		if (row.size() != columns) {
			throw new EditionRefusedException(file, line, "has " + row.size() + " cells, the header " + columns);
		}
		String[] cells = row.values();
		for (int i = 0; i < cells.length; i++) {
			cells[i] = CsvWriter.asWritten(cells[i]);
		}
		String region = cells[0];
		String indicator = cells[1];
		String period = cells[2];
		String number = cells[3];
		String qualifier = cells[4];
		String kind = cells[6];
		if (region.isEmpty() || indicator.isEmpty() || period.isEmpty()) {
			throw new EditionRefusedException(file, line, "region, indicator or period is empty");
		}
		if (!KINDS.contains(kind)) {
			throw new EditionRefusedException(file, line, "kind '" + shortened(kind) + "' is neither observed nor derived");
		}
		if (!cells[14].isEmpty() && !"true".equals(cells[14])) {
			throw new EditionRefusedException(file, line, "benchmark '" + shortened(cells[14]) + "' is neither empty nor true");
		}
		if (columns > 15 && !"true".equals(cells[15]) && !"false".equals(cells[15])) {
			throw new EditionRefusedException(file, line, "preferred '" + shortened(cells[15]) + "' is neither true nor false");
		}
		if (number.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(number).matches()) {
			throw new EditionRefusedException(file, line, "value '" + shortened(number) + "' is not a plain number");
		}
		if (Qualifier.fromSymbol(qualifier).isEmpty()) {
			throw new EditionRefusedException(file, line, "qualifier '" + shortened(qualifier) + "' is not one of "
					+ String.join(" ", Arrays.stream(Qualifier.values()).map(Qualifier::symbol).toList()));
		}
		String sources = cells[8];
		return new EditionValue(region, indicator, period, kind, Double.parseDouble(number), qualifier, cells[5],
				cells[11], sources.isEmpty() ? List.of() : Arrays.asList(sources.split(";")), cells[9],
				columns <= 15 || "true".equals(cells[15]));
	}

	private static String shortened(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
