package org.policybriefs.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: for any mix of good and bad observation rows, rows read = loaded + rejected, the
 * rejected lines are exactly the bad rows' physical lines, and every good row is in the database
 * with its exact value. Randomised from a seed (fixed ones, and two new ones each run); the
 * seed is in the test name, so a failure can be replayed by adding it to {@link #SEEDS}.
 */
@Tag("database")
@SpringBootTest
class ReconciliationPropertyFunctionalTests {

	private static final long[] SEEDS = { 1, 2, 3, 42, 2024, 8_675_309, 31_337, 20_261_127 };

	private static final List<String> REGIONS = List.of("GZ", "SH", "BJ");

	private static final List<String> INDICATORS = List.of("compute_capacity", "computing_centers", "ai_companies",
			"electricity_price", "registered_models");

	private static final List<String> QUALIFIERS = List.of("=", "~", ">", ">=", "<", "<=");

	/** The indicators of the shipped catalog whose unit is count: an exact value of one is a whole number. */
	private static final List<String> COUNTS = List.of("computing_centers", "registered_models");

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	static Stream<Long> seeds() {
		Random fresh = new Random();
		return Stream.concat(LongStream.of(SEEDS).boxed(), Stream.of(fresh.nextLong(), fresh.nextLong()));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyRowIsLoadedOrRejectedAndGoodRowsKeepTheirExactValue(long seed) throws Exception {
		// given
		RandomObservations file = new RandomObservations(new Random(seed));
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		Files.write(workspace.input().resolve("observations.csv"), file.bytes());

		// when
		RunOutcome outcome = this.briefRuns.validate(workspace.input(), false, BriefRunRequest.NO_REJECT_LIMIT);

		// then
		assertThat(outcome.status()).as("seed %d: %s", seed, outcome.problems()).isEqualTo(RunOutcome.Status.COMPLETED);
		long instance = this.jobRepository.getJobExecution(outcome.executionId()).getJobInstance().getInstanceId();
		MapSqlParameterSource params = new MapSqlParameterSource("instance", instance).addValue("file",
				"observations.csv");
		Map<String, Object> counts = this.jdbc.queryForMap("""
				SELECT rows_read, rows_loaded, rows_rejected FROM file_reconciliation
				WHERE job_instance_id = :instance AND file = :file""", params);
		long read = (Long) counts.get("rows_read");
		long loaded = (Long) counts.get("rows_loaded");
		long rejected = (Long) counts.get("rows_rejected");
		assertThat(read).as("seed %d: rows read", seed).isEqualTo(file.records.size());
		assertThat(loaded + rejected).as("seed %d: loaded + rejected", seed).isEqualTo(read);

		Set<Long> rejectedLines = new TreeSet<>(this.jdbc.queryForList(
				"SELECT DISTINCT line FROM rejected_row WHERE job_instance_id = :instance AND file = :file", params,
				Long.class));
		assertThat(rejectedLines).as("seed %d: rejected lines", seed).isEqualTo(file.expectedBadLines());

		Map<Long, Map<String, Object>> stored = new HashMap<>();
		this.jdbc.queryForList("SELECT * FROM observation WHERE job_instance_id = :instance", params)
			.forEach((row) -> stored.put((Long) row.get("LINE"), row));
		List<Record> good = file.expectedGoodRecords();
		assertThat(stored.keySet()).as("seed %d: loaded lines", seed)
			.containsExactlyInAnyOrderElementsOf(good.stream().map(Record::line).toList());
		for (Record record : good) {
			Map<String, Object> row = stored.get(record.line());
			assertThat(row.get("VAL")).as("seed %d: value of line %d (%s)", seed, record.line(), record.value)
				.isEqualTo(new BigDecimal(record.value).doubleValue());
			assertThat(row).as("seed %d: line %d", seed, record.line())
				.containsEntry("REGION", record.region)
				.containsEntry("INDICATOR", record.indicator)
				.containsEntry("PERIOD", record.period)
				.containsEntry("QUALIFIER", record.qualifier)
				.containsEntry("QUOTE", record.quote.strip());
		}
	}

	/** One observation record as written, and whether the row checks alone should pass it. */
	static final class Record {

		final String region;

		final String indicator;

		final String period;

		final String value;

		final String qualifier;

		final String quote;

		final boolean passesRowChecks;

		final boolean extraField;

		long line;

		Record(String region, String indicator, String period, String value, String qualifier, String quote,
				boolean passesRowChecks, boolean extraField) {
			this.region = region;
			this.indicator = indicator;
			this.period = period;
			this.value = value;
			this.qualifier = qualifier;
			this.quote = quote;
			this.passesRowChecks = passesRowChecks;
			this.extraField = extraField;
		}

		long line() {
			return this.line;
		}

		String key() {
			return this.region + "/" + this.indicator + "/" + this.period;
		}

		String sameValue() {
			return new BigDecimal(this.value).doubleValue() + " " + this.qualifier;
		}

	}

	/** A random observations.csv: mostly good rows, bad rows of every kind, duplicates, odd formatting. */
	static final class RandomObservations {

		final List<Record> records = new ArrayList<>();

		private final Random random;

		private final StringBuilder text = new StringBuilder();

		private final boolean crlf;

		private final boolean byteOrderMark;

		private long line = 2;

		RandomObservations(Random random) {
			this.random = random;
			this.crlf = random.nextBoolean();
			this.byteOrderMark = random.nextInt(4) == 0;
			this.text.append("region,indicator,period,value,qualifier,source,quote,note").append(eol());
			int rows = 20 + random.nextInt(180);
			for (int i = 0; i < rows; i++) {
				while (random.nextInt(10) == 0) {
					this.text.append(eol());
					this.line++;
				}
				add(next());
			}
		}

		private Record next() {
			int kind = this.random.nextInt(20);
			if (kind < 2 && !this.records.isEmpty()) {
				Record earlier = this.records.get(this.random.nextInt(this.records.size()));
				if (earlier.passesRowChecks) {
					// a repeat of a key: with the same value (an exact repeat) or a different one
					String value = (kind == 0) ? earlier.value : earlier.value + "1";
					return new Record(earlier.region, earlier.indicator, earlier.period, value, earlier.qualifier,
							quote(), countOk(earlier.indicator, value, earlier.qualifier), false);
				}
			}
			String region = pick(REGIONS);
			String indicator = pick(INDICATORS);
			String period = (2000 + this.random.nextInt(30)) + "-" + String.format("%02d", 1 + this.random.nextInt(12));
			String value = number();
			String qualifier = pick(QUALIFIERS);
			String quote = quote();
			return switch (kind) {
				case 2 -> new Record(region, indicator, period, pick(List.of("2.8EFLOPS", "NaN", "-Infinity", "1e400",
						"1e-400", "12 %", "1,5", "0x10", "")), qualifier, quote, false, false);
				case 3 -> new Record(region, indicator, period, value, pick(List.of("≈", "==", "about", "")), quote,
						false, false);
				case 4 -> new Record(pick(List.of("XX", "../../etc", "gz", "")), indicator, period, value, qualifier,
						quote, false, false);
				case 5 -> new Record(region, pick(List.of("gpu_count", "compute_per_center", "DROP TABLE", "")), period,
						value, qualifier, quote, false, false);
				case 6 -> new Record(region, indicator, pick(List.of("24", "2024-13x", "2024-Q5")), value, qualifier,
						quote, false, false);
				case 7 -> new Record(region, indicator, period, value, qualifier, "x".repeat(4001), false, false);
				case 8 -> new Record(region, indicator, period, value, qualifier, quote, false, true);
				default -> new Record(region, indicator, period, value, qualifier, quote,
						countOk(indicator, value, qualifier), false);
			};
		}

		/** Whether a value passes the count check: an exact value of a count is a whole number. */
		private static boolean countOk(String indicator, String value, String qualifier) {
			double number = new BigDecimal(value).doubleValue();
			return !(COUNTS.contains(indicator) && "=".equals(qualifier) && number != Math.rint(number));
		}

		private void add(Record record) {
			record.line = this.line;
			String row = String.join(",", record.region, record.indicator, record.period, record.value,
					record.qualifier, "S1", csv(record.quote), csv("note " + this.records.size()))
					+ (record.extraField ? ",extra" : "");
			this.text.append(row).append(eol());
			this.line += 1 + row.chars().filter((c) -> c == '\n').count();
			this.records.add(record);
		}

		private String number() {
			return switch (this.random.nextInt(5)) {
				case 0 -> Integer.toString(this.random.nextInt(100_000));
				case 1 -> BigDecimal.valueOf(this.random.nextLong() % 10_000_000, this.random.nextInt(8)).toPlainString();
				case 2 -> (this.random.nextInt(90) + 10) / 10.0 + "e" + (this.random.nextInt(40) - 20);
				case 3 -> "+" + this.random.nextInt(1000) + "." + this.random.nextInt(1000);
				default -> Double.toString(this.random.nextDouble() * Math.pow(10, this.random.nextInt(12) - 3));
			};
		}

		private String quote() {
			return switch (this.random.nextInt(6)) {
				case 0 -> "line one\nline two" + (this.random.nextBoolean() ? "\r\nline three" : "");
				case 1 -> "算力規模突破2.8EFLOPS, \"quoted\" words";
				case 2 -> "=HYPERLINK(\"http://example.invalid\")";
				case 3 -> "";
				default -> "plain quote " + this.random.nextInt(1000);
			};
		}

		private static String csv(String field) {
			return (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r"))
					? "\"" + field.replace("\"", "\"\"") + "\"" : field;
		}

		private String pick(List<String> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		private String eol() {
			return this.crlf ? "\r\n" : "\n";
		}

		byte[] bytes() {
			return ((this.byteOrderMark ? "\uFEFF" : "") + this.text).getBytes(StandardCharsets.UTF_8);
		}

		/** The lines rejected: failing a row check, or repeating a key (all copies when the values differ). */
		Set<Long> expectedBadLines() {
			Set<Long> bad = new TreeSet<>();
			for (Record record : this.records) {
				if (!record.passesRowChecks) {
					bad.add(record.line);
				}
			}
			for (List<Record> copies : byKey().values()) {
				boolean conflicting = copies.stream().map(Record::sameValue).distinct().count() > 1;
				for (int i = conflicting ? 0 : 1; i < copies.size(); i++) {
					bad.add(copies.get(i).line);
				}
			}
			return bad;
		}

		List<Record> expectedGoodRecords() {
			Set<Long> bad = expectedBadLines();
			return this.records.stream().filter((record) -> !bad.contains(record.line)).toList();
		}

		private Map<String, List<Record>> byKey() {
			Map<String, List<Record>> byKey = new LinkedHashMap<>();
			for (Record record : this.records) {
				if (record.passesRowChecks) {
					byKey.computeIfAbsent(record.key(), (key) -> new ArrayList<>()).add(record);
				}
			}
			return byKey;
		}

	}

}
