package org.policybriefs.ingest;

import java.util.List;
import java.util.Set;

/**
 * The input files of a brief run, each with the columns it must have and the optional
 * columns the tool knows; any other column is ignored with a note.
 */
public enum InputFileSpec {

	SOURCES("sources.csv", "source", List.of("id"), List.of("id", "title", "publisher", "published", "url"),
			Set.of("archive", "title_zh", "publisher_zh", "kind")),

	REGIONS("regions.csv", "region", List.of("code"),
			List.of("code", "name_en", "name_zh", "strategy", "strategy_en", "strategy_zh"),
			Set.of("lever_en", "lever_zh", "constraint_en", "constraint_zh", "anxiety_en", "anxiety_zh", "applications_en",
					"applications_zh", "quote", "headline")),

	INDICATORS("indicators.csv", "indicator", List.of("code"),
			List.of("code", "name_en", "name_zh", "unit", "category", "kind", "formula", "decimals", "direction"),
			Set.of("region", "benchmark_region", "benchmark_value", "description_en", "description_zh")),

	OBSERVATIONS("observations.csv", "observation", List.of("region", "indicator", "period"),
			List.of("region", "indicator", "period", "value", "qualifier", "source", "quote"),
			Set.of("note", "scope_en", "scope_zh", "period_basis", "quote_en"));

	private final String fileName;

	private final String table;

	private final List<String> keyColumns;

	private final List<String> requiredColumns;

	private final Set<String> optionalColumns;

	InputFileSpec(String fileName, String table, List<String> keyColumns, List<String> requiredColumns,
			Set<String> optionalColumns) {
		this.fileName = fileName;
		this.table = table;
		this.keyColumns = keyColumns;
		this.requiredColumns = requiredColumns;
		this.optionalColumns = optionalColumns;
	}

	public String fileName() {
		return this.fileName;
	}

	String table() {
		return this.table;
	}

	/** The columns that identify a row: a second row with the same key is a duplicate. */
	List<String> keyColumns() {
		return this.keyColumns;
	}

	public List<String> requiredColumns() {
		return this.requiredColumns;
	}

	public Set<String> optionalColumns() {
		return this.optionalColumns;
	}

	boolean isKnownColumn(String column) {
		return this.requiredColumns.contains(column) || this.optionalColumns.contains(column);
	}

}
