package org.policybriefs.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One length limit per column, declared in {@link InputFileSpec}: every text column of every data
 * file takes a value of exactly its limit into the database, and rejects one character more naming
 * the file, line, column and limit; and no limit is wider than the database column behind it.
 */
@SpringBootTest
class FieldLimitsFunctionalTests {

	@TempDir
	Path input;

	@Autowired
	BriefRuns runs;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void everyTextColumnTakesItsLimitAndRejectsOneMore() throws IOException {
		// given: per file a plain first row, then for each text column a row at its limit and a row one over
		Map<InputFileSpec, List<Expected>> expected = new LinkedHashMap<>();
		for (InputFileSpec spec : InputFileSpec.dataFiles()) {
			expected.put(spec, writeFile(spec));
		}

		// when
		RunOutcome outcome = this.runs.validate(this.input, false, BriefRunRequest.NO_REJECT_LIMIT);

		// then
		assertThat(outcome.status()).as(String.join("\n", outcome.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		long instance = this.jobRepository.getJobExecution(outcome.executionId()).getJobInstance().getInstanceId();
		for (Map.Entry<InputFileSpec, List<Expected>> file : expected.entrySet()) {
			InputFileSpec spec = file.getKey();
			List<Map<String, Object>> rejected = this.jdbc.queryForList(
					"SELECT line, column_name, reason FROM rejected_row WHERE job_instance_id = ? AND file = ? ORDER BY line",
					instance, spec.fileName());
			List<Long> loaded = this.jdbc.queryForList(
					"SELECT line FROM " + spec.table() + " WHERE job_instance_id = ? ORDER BY line", Long.class, instance);
			for (Expected row : file.getValue()) {
				if (row.over()) {
					assertThat(rejected).as(spec.fileName() + " " + row.column().name() + " at " + (row.column().limit() + 1))
						.anySatisfy((reject) -> {
							assertThat(((Number) reject.get("LINE")).longValue()).isEqualTo(row.line());
							assertThat(reject.get("COLUMN_NAME")).isEqualTo(row.column().name());
							assertThat(reject.get("REASON")).isEqualTo("the field is " + (row.column().limit() + 1)
									+ " characters long; the limit for " + row.column().name() + " is "
									+ row.column().limit() + "; shorten it");
						});
				}
				else {
					assertThat(loaded).as(spec.fileName() + " " + row.column().name() + " at " + row.column().limit())
						.contains(row.line());
				}
			}
		}
	}

	@Test
	void aValueOverWhatTheRejectTableHoldsIsRejectedInEveryColumnNotACrash() throws IOException {
		// given: per file a plain first row, then per column a row whose cell is longer than rejected_row.val
		Map<InputFileSpec, Map<Long, String>> huge = new LinkedHashMap<>();
		for (InputFileSpec spec : InputFileSpec.dataFiles()) {
			List<InputFileSpec.Column> columns = spec.columns();
			List<List<String>> rows = new ArrayList<>();
			Map<Long, String> lines = new LinkedHashMap<>();
			rows.add(row(spec, columns, 0, null, 0));
			for (InputFileSpec.Column column : columns) {
				rows.add(row(spec, columns, rows.size(), column, Math.max(column.limit() + 1, RejectedRow.LONGEST + 1000)));
				lines.put(rows.size() + 1L, column.name());
			}
			huge.put(spec, lines);
			StringBuilder csv = new StringBuilder();
			CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
			csv.append(format.format(columns.stream().map(InputFileSpec.Column::name).toArray())).append('\n');
			for (List<String> row : rows) {
				csv.append(format.format(row.toArray())).append('\n');
			}
			Files.writeString(this.input.resolve(spec.fileName()), csv, StandardCharsets.UTF_8);
		}

		// when
		RunOutcome outcome = this.runs.validate(this.input, false, BriefRunRequest.NO_REJECT_LIMIT);

		// then: every such row rejected, its value and reason kept within the table's columns
		assertThat(outcome.status()).as(String.join("\n", outcome.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		long instance = this.jobRepository.getJobExecution(outcome.executionId()).getJobInstance().getInstanceId();
		for (Map.Entry<InputFileSpec, Map<Long, String>> file : huge.entrySet()) {
			List<Map<String, Object>> rejected = this.jdbc.queryForList(
					"SELECT line, val, reason FROM rejected_row WHERE job_instance_id = ? AND file = ?", instance,
					file.getKey().fileName());
			for (Map.Entry<Long, String> line : file.getValue().entrySet()) {
				assertThat(rejected).as(file.getKey().fileName() + " " + line.getValue())
					.anySatisfy((reject) -> assertThat(((Number) reject.get("LINE")).longValue()).isEqualTo(line.getKey()));
			}
			assertThat(rejected).allSatisfy((reject) -> {
				assertThat(String.valueOf(reject.get("VAL")).length()).isLessThanOrEqualTo(RejectedRow.LONGEST);
				assertThat(String.valueOf(reject.get("REASON")).length()).isLessThanOrEqualTo(RejectedRow.LONGEST);
			});
		}
	}

	@Test
	void noLimitIsWiderThanTheDatabaseColumnBehindIt() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			for (InputFileSpec spec : InputFileSpec.dataFiles()) {
				Map<String, Integer> widths = varcharWidths(connection.getMetaData(), spec.table());
				int attributes = 0;
				for (InputFileSpec.Column column : spec.columns()) {
					Integer width = widths.get(column.name());
					if (width != null) {
						assertThat(column.limit()).as(spec.fileName() + " " + column.name()).isLessThanOrEqualTo(width);
					}
					if (spec.optionalColumns().contains(column.name())) {
						// the optional columns are kept as JSON too: every character may need escaping, plus the key
						attributes += 2 * column.limit() + column.name().length() + 6;
					}
				}
				if (widths.containsKey("attributes")) {
					assertThat(attributes).as(spec.fileName() + " attributes").isLessThanOrEqualTo(widths.get("attributes"));
				}
			}
			// analysts.csv is kept in the delivery log, one row per delivery
			Map<String, Integer> log = varcharWidths(connection.getMetaData(), "delivery_log");
			assertThat(InputFileSpec.ANALYSTS.column("email").orElseThrow().limit()).isLessThanOrEqualTo(log.get("recipient"));
			assertThat(InputFileSpec.ANALYSTS.column("name").orElseThrow().limit())
				.isLessThanOrEqualTo(log.get("recipient_name"));
		}
	}

	private static Map<String, Integer> varcharWidths(DatabaseMetaData metadata, String table) throws SQLException {
		Map<String, Integer> widths = new HashMap<>();
		for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
			try (ResultSet columns = metadata.getColumns(null, null, name, null)) {
				while (columns.next()) {
					if (columns.getInt("DATA_TYPE") == Types.VARCHAR) {
						widths.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("COLUMN_SIZE"));
					}
				}
			}
		}
		assertThat(widths).as("columns of " + table).isNotEmpty();
		return widths;
	}

	/** Writes the file and returns the rows at and over a limit, with their lines. */
	private List<Expected> writeFile(InputFileSpec spec) throws IOException {
		List<InputFileSpec.Column> columns = spec.columns();
		List<List<String>> rows = new ArrayList<>();
		List<Expected> expected = new ArrayList<>();
		rows.add(row(spec, columns, 0, null, 0));
		for (InputFileSpec.Column column : columns) {
			if (!column.text()) {
				continue;
			}
			for (int extra = 0; extra <= 1; extra++) {
				rows.add(row(spec, columns, rows.size(), column, column.limit() + extra));
				expected.add(new Expected(column, rows.size() + 1L, extra == 1));
			}
		}
		StringBuilder csv = new StringBuilder();
		CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
		csv.append(format.format(columns.stream().map(InputFileSpec.Column::name).toArray())).append('\n');
		for (List<String> row : rows) {
			csv.append(format.format(row.toArray())).append('\n');
		}
		Files.writeString(this.input.resolve(spec.fileName()), csv, StandardCharsets.UTF_8);
		return expected;
	}

	/** A valid row with a key of its own, and one column filled to the given length. */
	private static List<String> row(InputFileSpec spec, List<InputFileSpec.Column> columns, int index,
			InputFileSpec.Column long_, int length) {
		Map<String, String> values = new HashMap<>(defaults(spec, index));
		if (long_ != null) {
			values.put(long_.name(), "x".repeat(length));
			if (long_.name().startsWith("scope_")) {
				// a scope is given in both languages or in neither
				values.putIfAbsent("scope_en", "s");
				values.putIfAbsent("scope_zh", "s");
				values.put(long_.name(), "x".repeat(length));
			}
			if (long_.name().equals("formula")) {
				// a formula of that length that compiles: one long number
				values.put("kind", "derived");
				values.put("formula", "1." + "0".repeat(length - 3) + "1");
			}
		}
		return columns.stream().map((column) -> values.getOrDefault(column.name(), "")).toList();
	}

	private static Map<String, String> defaults(InputFileSpec spec, int index) {
		return switch (spec) {
			case SOURCES -> Map.of("id", "S" + (index + 1), "title", "Title", "publisher", "Publisher", "published",
					"2024", "url", "https://example.org/");
			case REGIONS -> Map.of("code", "R" + (index + 1), "name_en", "Region", "name_zh", "地区", "strategy", "s",
					"strategy_en", "Strategy", "strategy_zh", "战略");
			case INDICATORS -> Map.of("code", "i" + (index + 1), "name_en", "Indicator", "name_zh", "指标", "unit", "u",
					"category", "compute", "kind", "observed", "decimals", "1", "direction", "higher");
			case OBSERVATIONS -> Map.of("region", "R1", "indicator", "i1", "period", Integer.toString(2000 + index),
					"value", "1", "qualifier", "=", "source", "S1", "quote", "q");
			case ANALYSTS -> throw new IllegalArgumentException("not a data file");
		};
	}

	private record Expected(InputFileSpec.Column column, long line, boolean over) {
	}

}
