package org.policybriefs.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The input files of a brief run, each with the columns it must have and the optional
 * columns the tool knows; any other column is ignored with a note. Every column has its length
 * limit here, the one place it is declared: a longer field is rejected at ingest, and the limit
 * is never wider than the database column that keeps the value (a test holds them together).
 */
public enum InputFileSpec {

	SOURCES("sources.csv", "source", List.of("id"),
			List.of(Column.value("id", 64), Column.text("title", 1000), Column.text("publisher", 1000),
					Column.text("published", 64), Column.text("url", 2000)),
			List.of(Column.text("archive", 2000), Column.text("title_zh", 1000), Column.text("publisher_zh", 1000),
					Column.value("kind", 32))),

	REGIONS("regions.csv", "region", List.of("code"),
			List.of(Column.value("code", 16), Column.text("name_en", 200), Column.text("name_zh", 200),
					Column.text("strategy", 100), Column.text("strategy_en", 200), Column.text("strategy_zh", 200)),
			List.of(Column.text("lever_en", 500), Column.text("lever_zh", 500), Column.text("constraint_en", 500),
					Column.text("constraint_zh", 500), Column.text("anxiety_en", 500), Column.text("anxiety_zh", 500),
					Column.text("applications_en", 1000), Column.text("applications_zh", 1000),
					Column.text("quote", 2000), Column.value("headline", 64), Column.value("level", 16))),

	INDICATORS("indicators.csv", "indicator", List.of("code"),
			List.of(Column.value("code", 64), Column.text("name_en", 200), Column.text("name_zh", 200),
					Column.text("unit", 50), Column.text("category", 64), Column.value("kind", 16),
					Column.text("formula", 2000), Column.value("decimals", 2), Column.value("direction", 16)),
			List.of(Column.value("region", 16), Column.value("benchmark_region", 16),
					Column.value("benchmark_value", 64), Column.text("description_en", 3000),
					Column.text("description_zh", 3000), Column.text("scope_en", 1000), Column.text("scope_zh", 1000),
					Column.value("above_region", 8), Column.text("words_en", 300), Column.text("words_zh", 300),
					Column.value("tolerance", 16))),

	OBSERVATIONS("observations.csv", "observation", List.of("region", "indicator", "period", "source"),
			List.of(Column.value("region", 16), Column.value("indicator", 64), Column.value("period", 16),
					Column.value("value", 64), Column.value("qualifier", 2), Column.value("source", 64),
					Column.text("quote", 4000)),
			List.of(Column.text("note", 4000), Column.text("scope_en", 2000), Column.text("scope_zh", 2000),
					Column.value("period_basis", 16), Column.text("quote_en", 4000))),

	/** Who gets the briefs; read by the distribute step, checked with the data files. */
	ANALYSTS("analysts.csv", null, List.of("email"),
			List.of(Column.value("email", 254), Column.value("briefs", 500)),
			List.of(Column.text("name", 200), Column.value("locale", 35), Column.value("role", 16)));

	private final String fileName;

	private final String table;

	private final List<String> keyColumns;

	private final List<Column> requiredColumns;

	private final List<Column> optionalColumns;

	/** Every known column by its header name: looked up for each field of each row (a million rows, a few columns each). */
	private final Map<String, Column> columnsByName;

	/** The known columns in Chinese ({@code *_zh}), whose punctuation each row's check reads. */
	private final List<String> chineseColumns;

	InputFileSpec(String fileName, String table, List<String> keyColumns, List<Column> requiredColumns,
			List<Column> optionalColumns) {
		this.fileName = fileName;
		this.table = table;
		this.keyColumns = keyColumns;
		this.requiredColumns = requiredColumns;
		this.optionalColumns = optionalColumns;
		Map<String, Column> byName = new LinkedHashMap<>();
		Stream.concat(requiredColumns.stream(), optionalColumns.stream()).forEach((c) -> byName.put(c.name(), c));
		this.columnsByName = Collections.unmodifiableMap(byName);
		this.chineseColumns = byName.keySet().stream().filter(ChinesePunctuation::isChineseColumn).toList();
	}

	public String fileName() {
		return this.fileName;
	}

	/** The table the rows are loaded into; {@code null} for analysts.csv, which is read where it is used. */
	String table() {
		return this.table;
	}

	/** The columns that identify a row: a second row with the same key is a duplicate. */
	List<String> keyColumns() {
		return this.keyColumns;
	}

	public List<String> requiredColumns() {
		return this.requiredColumns.stream().map(Column::name).toList();
	}

	public Set<String> optionalColumns() {
		Set<String> names = new LinkedHashSet<>();
		this.optionalColumns.forEach((column) -> names.add(column.name()));
		return names;
	}

	/** Every known column with its limit, required ones first. */
	public List<Column> columns() {
		return List.copyOf(this.columnsByName.values());
	}

	List<String> chineseColumns() {
		return this.chineseColumns;
	}

	boolean isKnownColumn(String column) {
		return column(column).isPresent();
	}

	Optional<Column> column(String name) {
		return Optional.ofNullable(this.columnsByName.get(name));
	}

	/** The data files loaded into tables, in the order the run ingests them. */
	public static List<InputFileSpec> dataFiles() {
		return Stream.of(values()).filter((spec) -> spec.table != null).toList();
	}

	/**
	 * A column and the most characters a field of it may have.
	 *
	 * @param name the header name
	 * @param limit the longest value accepted, in characters
	 * @param text whether the column holds free text; otherwise its own rule (a code pattern, a
	 * number, a closed set of words) decides what is valid, and the limit only bounds it
	 */
	public record Column(String name, int limit, boolean text) {

		static Column text(String name, int limit) {
			return new Column(name, limit, true);
		}

		static Column value(String name, int limit) {
			return new Column(name, limit, false);
		}

	}

}
