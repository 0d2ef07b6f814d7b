package org.policybriefs.indicators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every derived indicator of the shipped catalog, computed by the formula engine from the
 * shipped observations without Spring, against figures worked out by hand from the article:
 * each under the region it describes, with the scope of its inputs.
 */
class ShippedCatalogTests {

	private static final Map<String, PeriodComputation.Computed> results = new LinkedHashMap<>();

	/** The same catalog computed as a run weighs the sources: an official release outranks the article. */
	private static final Map<String, PeriodComputation.Computed> weighed = new LinkedHashMap<>();

	@BeforeAll
	static void computeShippedInput() throws IOException {
		List<DerivedDefinition> derived = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (CSVRecord row : read("indicators.csv")) {
			codes.add(row.get("code"));
			if ("derived".equals(row.get("kind"))) {
				String benchmark = row.get("benchmark_value");
				derived.add(new DerivedDefinition(row.get("code"), row.get("formula"), (int) row.getRecordNumber() + 1,
						row.get("region"), row.get("benchmark_region"),
						benchmark.isEmpty() ? null : Double.parseDouble(benchmark)));
			}
		}
		// a benchmark index as the catalog may declare one; the shipped catalog keeps none, since
		// an index of a stated premium only restates it
		codes.add("training_cost_index");
		derived.add(new DerivedDefinition("training_cost_index", "1 + training_cost_premium / 100", 0, null, "BJ", 1.0));
		List<String> regions = new ArrayList<>();
		read("regions.csv").forEach((row) -> regions.add(row.get("code")));
		Map<String, Operand> observations = new HashMap<>();
		Map<String, Operand> preferred = new HashMap<>();
		Map<String, List<Operand>> article = new HashMap<>();
		for (CSVRecord row : read("observations.csv")) {
			Operand operand = new Operand(row.get("region"), row.get("indicator"), row.get("period"),
					Double.parseDouble(row.get("value")), Qualifier.fromSymbol(row.get("qualifier")).orElseThrow(),
					Set.of(row.get("source")), Scope.of(row.get("scope_en"), row.get("scope_zh")), row.get("period_basis"));
			String key = PeriodComputation.key(operand.region(), operand.indicator());
			if ("S1".equals(row.get("source"))) {
				observations.put(key, operand);
			}
			else {
				preferred.put(key, operand);
			}
		}
		observations.forEach((key, operand) -> {
			if (preferred.containsKey(key)) {
				article.put(key, List.of(operand));
			}
			else {
				preferred.put(key, operand);
			}
		});
		FormulaCatalog catalog = FormulaCatalog.compile("indicators.csv", derived, codes, new HashSet<>(regions));
		for (PeriodComputation.Computed result : new PeriodComputation(catalog, regions).compute("2024", observations)) {
			results.put(result.region() + "/" + result.indicator().code(), result);
		}
		for (PeriodComputation.Computed result : new PeriodComputation(catalog, regions).compute("2024", preferred, article)) {
			weighed.put(result.region() + "/" + result.indicator().code(), result);
		}
	}

	@Test
	void aFormulaWhoseInputsOneSourceGivesAllTakesThatSourcesValuesAlone() {
		// the release's province-wide 57 EFLOPS is preferred, but it gives no count of centres: the
		// article's 2.8 EFLOPS of its 12 centres is divided by them, not the release's total
		FormulaResult.Value perCentre = (FormulaResult.Value) weighed.get("GZ/compute_per_center").result();
		assertThat(perCentre.value()).isCloseTo(2.8 / 12, within(0.000001));
		assertThat(perCentre.sources()).containsExactly("S1");
		// the release gives both capacity and share: its own pair
		FormulaResult.Value national = (FormulaResult.Value) weighed.get("GZ/implied_national_compute").result();
		assertThat(national.value()).isCloseTo(57.0 / 23 * 100, within(0.000001));
		assertThat(national.sources()).containsExactly("S10");
	}

	@ParameterizedTest(name = "{1} for {0} = {3} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# region | indicator                  | qualifier | hand-computed value        | tolerance
			GZ       | compute_per_center           | >         | 0.233333 # 2.8 / 12         | 0.000001
			GZ       | implied_national_compute     | >         | 23.333333 # 2.8 / 12 * 100  | 0.000001
			BJ       | implied_bj_electricity_price | ~         | 1.050001 # 0.35 / 0.333333  | 0.000001
			SH       | training_cost_index          | =         | 1.15 # 1 + 15 / 100         | 0.0000001
			SH       | implied_sh_registered_models | <         | 38.333333 # 115 / 3 (more than three times) | 0.000001
			""")
	void derivedValueMatchesTheHandComputedFigure(String region, String indicator, String qualifier, String expected,
			double tolerance) {
		FormulaResult.Value value = value(region, indicator);

		assertThat(value.qualifier().symbol()).isEqualTo(qualifier);
		assertThat(value.value()).isCloseTo(Double.parseDouble(expected.split("#")[0].strip()), within(tolerance));
		assertThat(value.sources()).containsExactly("S1");
	}

	@Test
	void aValueDescribingOneRegionIsComputedForThatRegionAlone() {
		assertThat(results).containsKey("BJ/implied_bj_electricity_price")
			.doesNotContainKeys("GZ/implied_bj_electricity_price", "SH/implied_bj_electricity_price")
			.containsKey("SH/implied_sh_registered_models")
			.doesNotContainKeys("BJ/implied_sh_registered_models", "GZ/implied_sh_registered_models");
	}

	@Test
	void theBenchmarkRegionHasItsDefinedValue() {
		PeriodComputation.Computed beijing = results.get("BJ/training_cost_index");

		assertThat(beijing.benchmark()).isTrue();
		assertThat(value("BJ", "training_cost_index").value()).isEqualTo(1.0);
		assertThat(value("BJ", "training_cost_index").qualifier()).isEqualTo(Qualifier.EXACT);
		assertThat(value("BJ", "training_cost_index").scope().isWholeRegion()).isTrue();
		assertThat(results.get("SH/training_cost_index").benchmark()).isFalse();
	}

	@ParameterizedTest(name = "{1} for {0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			SH | training_cost_index          | one large-model company (its CTO, quoted)
			BJ | implied_bj_electricity_price | Tencent cave data centre, Gui'an New Area
			""")
	void aDerivedValueTakesTheScopeOfItsInputs(String region, String indicator, String scope) {
		assertThat(value(region, indicator).scope().en()).isEqualTo(scope);
		assertThat(value(region, indicator).scope().zh()).isNotEmpty();
	}

	@ParameterizedTest(name = "{1} for {0}")
	@CsvSource(delimiter = '|', textBlock = """
			GZ | compute_per_center
			GZ | implied_national_compute
			SH | implied_sh_registered_models
			""")
	void aDerivedValueOfWholeRegionInputsDescribesTheWholeRegion(String region, String indicator) {
		assertThat(value(region, indicator).scope().isWholeRegion()).isTrue();
	}

	@Test
	void aValueFromAssumedPeriodsIsAssumedAndFromStatedOnesStated() {
		assertThat(value("GZ", "compute_per_center").periodBasis()).isEqualTo("stated");
		assertThat(value("SH", "training_cost_index").periodBasis()).isEqualTo("assumed");
	}

	private static FormulaResult.Value value(String region, String indicator) {
		PeriodComputation.Computed computed = results.get(region + "/" + indicator);
		assertThat(computed).as(indicator + " for " + region).isNotNull();
		assertThat(computed.result()).as(indicator + " for " + region).isInstanceOf(FormulaResult.Value.class);
		return (FormulaResult.Value) computed.result();
	}

	private static List<CSVRecord> read(String file) throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("input", file), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
