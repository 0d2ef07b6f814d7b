package org.policybriefs.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row checks: each bad field rejects its row with the column, the value and a reason,
 * and a good row maps to its record unchanged.
 */
class RowValidatorsTests {

	private static final RowValidators.ReferenceCodes CODES = new RowValidators.ReferenceCodes(Set.of("GZ", "SH"),
			Set.of("compute_capacity", "ai_companies"), Set.of("compute_per_center"), Set.of("S1"));

	private static final String[] COLUMNS = { "region", "indicator", "period", "value", "qualifier", "source", "quote",
			"note" };

	private static CsvRow observation(String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i++) {
			values.put(COLUMNS[i], fields[i]);
		}
		return new CsvRow("observations.csv", 7, values);
	}

	private static Checked<Observation> check(CsvRow row) throws Exception {
		return RowValidators.observations(CODES).process(row);
	}

	@Nested
	class Observations {

		@Test
		void goodRowLoadsWithItsExactValue() throws Exception {
			Checked<Observation> checked = check(observation("GZ", "compute_capacity", "2024", "2.8", ">", "S1",
					"算力規模突破2.8EFLOPS", ""));

			assertThat(checked.isLoaded()).isTrue();
			assertThat(checked.value()).isEqualTo(new Observation("GZ", "compute_capacity", "2024", 2.8, ">", "S1",
					"算力規模突破2.8EFLOPS", "", 7));
		}

		@ParameterizedTest(name = "{0}={1}")
		@CsvSource(delimiter = '¦', quoteCharacter = '"', textBlock = """
				value     ¦ 2.8EFLOPS   ¦ not a number; write a plain decimal such as 2.8, without units or thousands separators
				value     ¦ NaN         ¦ not a finite number; give a plain decimal such as 2.8, or leave the row out
				value     ¦ Infinity    ¦ not a finite number; give a plain decimal such as 2.8, or leave the row out
				value     ¦ -inf        ¦ not a finite number; give a plain decimal such as 2.8, or leave the row out
				value     ¦ 1e400       ¦ the number is out of range (a value can be at most about ±1.8E308 and, unless it is 0, no closer to zero than 4.9E-324); check the exponent
				value     ¦ 1e-400      ¦ the number is out of range (a value can be at most about ±1.8E308 and, unless it is 0, no closer to zero than 4.9E-324); check the exponent
				value     ¦ 1,000       ¦ not a number; write a plain decimal such as 2.8, without units or thousands separators
				qualifier ¦ ≈           ¦ must be one of <, <=, =, >, >=, ~
				region    ¦ XX          ¦ unknown region 'XX'; add it to regions.csv or correct the code
				indicator ¦ gpu_count   ¦ unknown indicator 'gpu_count'; add it to indicators.csv or correct the code
				indicator ¦ compute_per_center ¦ 'compute_per_center' is a derived indicator; its values are computed from its formula in indicators.csv, not observed
				region    ¦ ../../etc   ¦ not a valid region code (must match [A-Z][A-Z0-9]{1,15})
				indicator ¦ ../../etc   ¦ not a valid indicator code (must match [a-z][a-z0-9_]{1,63})
				period    ¦ 24          ¦ not a period: write YYYY, YYYY-Qn (quarter 1-4), YYYY-Hn (half 1-2) or YYYY-MM (month 01-12)
				period    ¦ 2024-13     ¦ there is no month 13; not a period: write YYYY, YYYY-Qn (quarter 1-4), YYYY-Hn (half 1-2) or YYYY-MM (month 01-12)
				period    ¦ 2024-00     ¦ there is no month 00; not a period: write YYYY, YYYY-Qn (quarter 1-4), YYYY-Hn (half 1-2) or YYYY-MM (month 01-12)
				period    ¦ 0000        ¦ the year 0000 is before 1900; not a period: write YYYY, YYYY-Qn (quarter 1-4), YYYY-Hn (half 1-2) or YYYY-MM (month 01-12)
				period    ¦ 2024-Q5     ¦ not a period: write YYYY, YYYY-Qn (quarter 1-4), YYYY-Hn (half 1-2) or YYYY-MM (month 01-12)
				period    ¦ 2024-H3     ¦ not a period: write YYYY, YYYY-Qn (quarter 1-4), YYYY-Hn (half 1-2) or YYYY-MM (month 01-12)
				value     ¦ ０１２        ¦ digits other than 0-9 (full-width or Arabic-Indic, say); write the number with the ASCII digits 0-9
				value     ¦ ١٢          ¦ digits other than 0-9 (full-width or Arabic-Indic, say); write the number with the ASCII digits 0-9
				value     ¦ 0x1A        ¦ not a number; write a plain decimal such as 2.8, without units or thousands separators
				source    ¦ S9          ¦ unknown source 'S9'; add it to sources.csv or correct the code
				""")
		void badFieldRejectsTheRowNamingColumnValueAndReason(String column, String value, String reason)
				throws Exception {
			Map<String, String> fields = new LinkedHashMap<>(observation("GZ", "compute_capacity", "2024", "2.8", ">",
					"S1", "q", "").values());
			fields.put(column, value);

			Checked<Observation> checked = check(new CsvRow("observations.csv", 7, fields));

			assertThat(checked.isLoaded()).isFalse();
			assertThat(checked.rejections())
				.containsExactly(new RejectedRow("observations.csv", 7, column, value, reason));
		}

		@Test
		void fieldOverTheLengthLimitIsRejectedWithItsStart() throws Exception {
			String quote = "x".repeat(4001);

			Checked<Observation> checked = check(observation("GZ", "compute_capacity", "2024", "2.8", ">", "S1", quote,
					""));

			assertThat(checked.rejections()).containsExactly(new RejectedRow("observations.csv", 7, "quote",
					"x".repeat(40) + "…", "the field is 4001 characters long; the limit for quote is 4000; shorten it"));
		}

		@ParameterizedTest(name = "{0} {1}")
		@CsvSource({ "=, 15.6, false", "=, 16, true", "=, 16.0, true", "~, 15.6, true", ">, 15.5, true" })
		void anExactCountIsAWholeNumber(String qualifier, String value, boolean loaded) throws Exception {
			RowValidators.ReferenceCodes codes = new RowValidators.ReferenceCodes(Set.of("GZ"),
					Set.of("computing_centers", "compute_capacity"), Set.of(), Set.of("S1"), RejectedKeys.NONE,
					Set.of("computing_centers"));

			Checked<Observation> count = RowValidators.observations(codes)
				.process(observation("GZ", "computing_centers", "2024", value, qualifier, "S1", "q", ""));
			Checked<Observation> capacity = RowValidators.observations(codes)
				.process(observation("GZ", "compute_capacity", "2024", value, qualifier, "S1", "q", ""));

			assertThat(count.isLoaded()).isEqualTo(loaded);
			assertThat(capacity.isLoaded()).isTrue();
			if (!loaded) {
				assertThat(count.rejections()).containsExactly(new RejectedRow("observations.csv", 7, "value", value,
						"'computing_centers' counts whole things (its unit in indicators.csv is count), so an exact"
								+ " value is a whole number; write the count the source gives, or mark an estimate with"
								+ " the qualifier ~"));
			}
		}

		@ParameterizedTest(name = "U+{0}")
		@CsvSource({ "0000, NULL", "0007, BEL", "001B, ESCAPE", "0009, CHARACTER TABULATION", "000D, CARRIAGE RETURN (CR)" })
		void aControlCharacterIsRejectedWithItsCodePoint(String hex, String name) throws Exception {
			char control = (char) Integer.parseInt(hex, 16);

			Checked<Observation> checked = check(observation("GZ", "compute_capacity", "2024", "2.8", ">", "S1",
					"ab" + control + "c", ""));

			assertThat(checked.rejections()).containsExactly(new RejectedRow("observations.csv", 7, "quote",
					"ab<U+" + hex + ">c", "a control character, U+" + hex + " " + name + ", at character 3; remove it"
							+ " (it cannot be printed, and often comes with text copied from another program)"));
		}

		@ParameterizedTest(name = "U+{0}")
		@CsvSource({ "200B, ZERO WIDTH SPACE", "200D, ZERO WIDTH JOINER", "202E, RIGHT-TO-LEFT OVERRIDE",
				"2066, LEFT-TO-RIGHT ISOLATE", "FEFF, ZERO WIDTH NO-BREAK SPACE", "2028, LINE SEPARATOR" })
		void anInvisibleFormattingCharacterIsRejectedWithItsCodePoint(String hex, String name) throws Exception {
			char format = (char) Integer.parseInt(hex, 16);

			Checked<Observation> checked = check(observation("GZ", "compute_capacity", "2024", "2.8", ">", "S1",
					"算力" + format, ""));

			assertThat(checked.rejections()).singleElement()
				.satisfies((rejected) -> assertThat(rejected.reason()).startsWith(
						"an invisible formatting character, U+" + hex + " " + name + ", at character 3; remove it"));
		}

		@Test
		void aLineBreakInsideAQuotedFieldIsKept() throws Exception {
			Checked<Observation> checked = check(observation("GZ", "compute_capacity", "2024", "2.8", ">", "S1",
					"first line\r\nsecond line\nthird", ""));

			assertThat(checked.isLoaded()).isTrue();
		}

		@Test
		void aCodeWhoseRowsWereRejectedSaysToCorrectThoseRows() throws Exception {
			RowValidators.ReferenceCodes codes = new RowValidators.ReferenceCodes(Set.of("GZ"),
					Set.of("compute_capacity"), Set.of(), Set.of(),
					new RejectedKeys(Map.of("sources.csv\nS1", List.of(2L, 5L), "regions.csv\nSH", List.of(3L))));

			Checked<Observation> checked = RowValidators.observations(codes)
				.process(observation("SH", "compute_capacity", "2024", "2.8", ">", "S1", "q", ""));

			assertThat(checked.rejections()).containsExactly(
					new RejectedRow("observations.csv", 7, "region", "SH",
							"the region 'SH' was not loaded: regions.csv rejected its row at line 3; correct it there"),
					new RejectedRow("observations.csv", 7, "source", "S1",
							"the source 'S1' was not loaded: sources.csv rejected its rows at lines 2, 5; correct them"
									+ " there"));
		}

		@Test
		void everyProblemOfARowIsNamed() throws Exception {
			Checked<Observation> checked = check(observation("GZ", "compute_capacity", "2024", "NaN", "≈", "S1", "q", ""));

			assertThat(checked.rejections()).extracting(RejectedRow::column).containsExactly("value", "qualifier");
		}

		@Test
		void wrongNumberOfFieldsIsRejected() throws Exception {
			Map<String, String> fields = new LinkedHashMap<>(observation("GZ", "compute_capacity", "2024", "2", "=",
					"S1", "q", "").values());
			fields.put(CsvRowValidation.FIELD_COUNT, "9 of 8");

			Checked<Observation> checked = check(new CsvRow("observations.csv", 7, fields));

			assertThat(checked.rejections()).singleElement()
				.satisfies((rejected) -> assertThat(rejected.reason()).startsWith("the row has 9 of 8 fields"));
		}

	}

	@Nested
	class Catalog {

		@Test
		void derivedIndicatorNeedsAFormula() throws Exception {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.putAll(Map.of("code", "compute_per_center", "name_en", "Compute per centre", "name_zh", "每中心算力",
					"category", "compute", "kind", "derived", "formula", "", "decimals", "2", "direction", "higher"));

			Checked<IndicatorDefinition> checked = RowValidators.indicators(Set.of("GZ", "SH", "BJ"))
				.process(new CsvRow("indicators.csv", 3, fields));

			assertThat(checked.rejections()).containsExactly(new RejectedRow("indicators.csv", 3, "formula", "",
					"a derived indicator needs a formula", "compute_per_center"));
		}

		@Test
		void regionCodeMustMatchThePattern() throws Exception {
			Map<String, String> fields = new LinkedHashMap<>(Map.of("code", "gz", "name_en", "Guizhou", "name_zh", "贵州",
					"strategy", "s", "strategy_en", "S", "strategy_zh", "S"));

			Checked<Region> checked = RowValidators.regions().process(new CsvRow("regions.csv", 2, fields));

			assertThat(checked.rejections()).containsExactly(new RejectedRow("regions.csv", 2, "code", "gz",
					"not a valid region code (must match [A-Z][A-Z0-9]{1,15})", "gz"));
		}

	}

	@Nested
	class ScopeAndEvidence {

		private Checked<Observation> checkWith(Map<String, String> extra) throws Exception {
			CsvRow row = observation("SH", "ai_companies", "2024", "2000", ">", "S1", "這里的AI企業數量在2024年突破2000家", "");
			Map<String, String> values = new LinkedHashMap<>(row.values());
			values.putAll(extra);
			return check(new CsvRow(row.file(), row.line(), values));
		}

		@Test
		void aScopedFigureLoadsWithItsScopeBasisAndTranslation() throws Exception {
			Checked<Observation> checked = checkWith(Map.of("scope_en", "Zhangjiang Science City", "scope_zh", "张江科学城",
					"period_basis", "stated", "quote_en", "The number of AI companies here surpassed 2,000 in 2024"));

			assertThat(checked.value().scopeEn()).isEqualTo("Zhangjiang Science City");
			assertThat(checked.value().scopeZh()).isEqualTo("张江科学城");
			assertThat(checked.value().periodBasis()).isEqualTo("stated");
			assertThat(checked.value().quoteEn()).startsWith("The number of AI companies");
		}

		@Test
		void withoutAPeriodBasisThePeriodCountsAsStated() throws Exception {
			assertThat(checkWith(Map.of()).value().periodBasis()).isEqualTo("stated");
		}

		@Test
		void aScopeInOneLanguageOnlyIsRejected() throws Exception {
			Checked<Observation> checked = checkWith(Map.of("scope_en", "Zhangjiang Science City"));

			assertThat(checked.rejections()).singleElement().satisfies((rejection) -> {
				assertThat(rejection.column()).isEqualTo("scope_zh");
				assertThat(rejection.reason()).startsWith("a scope needs both scope_en and scope_zh");
			});
		}

		@Test
		void anUnknownPeriodBasisIsRejected() throws Exception {
			assertThat(checkWith(Map.of("period_basis", "guessed")).rejections()).singleElement()
				.satisfies((rejection) -> assertThat(rejection.reason()).isEqualTo("must be one of assumed, stated, or empty"));
		}

	}

	@Nested
	class RegionsAndBenchmarks {

		private Checked<IndicatorDefinition> indicator(String kind, String formula, Map<String, String> extra)
				throws Exception {
			Map<String, String> fields = new LinkedHashMap<>(Map.of("code", "training_cost_index", "name_en", "Index",
					"name_zh", "指数", "category", "cost", "kind", kind, "formula", formula, "decimals", "2", "direction",
					"lower"));
			fields.putAll(extra);
			return RowValidators.indicators(Set.of("GZ", "SH", "BJ")).process(new CsvRow("indicators.csv", 30, fields));
		}

		@Test
		void aDerivedIndicatorNamesItsRegionAndBenchmark() throws Exception {
			IndicatorDefinition definition = indicator("derived", "1 + premium / 100",
					Map.of("region", "SH", "benchmark_region", "BJ", "benchmark_value", "1")).value();

			assertThat(definition.region()).isEqualTo("SH");
			assertThat(definition.isBenchmark("BJ")).isTrue();
			assertThat(definition.benchmarkValue()).isEqualTo(1.0);
		}

		@Test
		void anUnknownRegionIsRejected() throws Exception {
			assertThat(indicator("derived", "a / b", Map.of("region", "XJ")).rejections()).singleElement()
				.satisfies((rejection) -> assertThat(rejection.reason())
					.isEqualTo("unknown region 'XJ'; add it to regions.csv or correct the code"));
		}

		@Test
		void anObservedIndicatorHasNoRegionAndNoBenchmark() throws Exception {
			assertThat(indicator("observed", "", Map.of("region", "BJ", "benchmark_region", "BJ", "benchmark_value", "1"))
				.rejections()).extracting(RejectedRow::column).containsExactly("region", "benchmark_region");
		}

		@Test
		void aBenchmarkNeedsBothItsRegionAndItsValue() throws Exception {
			assertThat(indicator("derived", "a / b", Map.of("benchmark_region", "BJ")).rejections()).singleElement()
				.satisfies((rejection) -> assertThat(rejection.column()).isEqualTo("benchmark_value"));
		}

	}

	@Nested
	class SourceKinds {

		@Test
		void aKindIsAWordThatEvidenceYmlRanks() throws Exception {
			Map<String, String> fields = new LinkedHashMap<>(Map.of("id", "S1", "title", "t", "kind", "state-media"));
			assertThat(RowValidators.sources().process(new CsvRow("sources.csv", 2, fields)).value().kind())
				.isEqualTo("state-media");

			fields.put("kind", "State Media!");
			assertThat(RowValidators.sources().process(new CsvRow("sources.csv", 2, fields)).rejections()).singleElement()
				.satisfies((rejection) -> assertThat(rejection.reason()).startsWith(
						"not a source kind: write a word of evidence.yml's source_kinds"));
		}

		@Test
		void noKindIsUnspecified() throws Exception {
			Map<String, String> fields = new LinkedHashMap<>(Map.of("id", "S1", "title", "t"));
			assertThat(RowValidators.sources().process(new CsvRow("sources.csv", 2, fields)).value().kind())
				.isEmpty();
		}

	}

}
