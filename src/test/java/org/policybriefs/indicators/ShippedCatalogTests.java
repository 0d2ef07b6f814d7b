package org.policybriefs.indicators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every derived indicator of the shipped catalog, computed by the formula engine from the
 * shipped observations without Spring, against figures worked out by hand from the article.
 */
class ShippedCatalogTests {

	private static final Map<String, Operand> observations = new HashMap<>();

	private static FormulaCatalog catalog;

	@BeforeAll
	static void loadShippedInput() throws IOException {
		List<DerivedDefinition> derived = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (CSVRecord row : read("indicators.csv")) {
			codes.add(row.get("code"));
			if ("derived".equals(row.get("kind"))) {
				derived.add(new DerivedDefinition(row.get("code"), row.get("formula"), (int) row.getRecordNumber() + 1));
			}
		}
		Set<String> regions = new HashSet<>();
		read("regions.csv").forEach((row) -> regions.add(row.get("code")));
		for (CSVRecord row : read("observations.csv")) {
			Operand operand = new Operand(row.get("region"), row.get("indicator"), row.get("period"),
					Double.parseDouble(row.get("value")), Qualifier.fromSymbol(row.get("qualifier")).orElseThrow(),
					Set.of(row.get("source")));
			observations.put(key(operand.region(), operand.indicator()), operand);
		}
		catalog = FormulaCatalog.compile("indicators.csv", derived, codes, regions);
	}

	@ParameterizedTest(name = "{1} for {0} = {3} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# region | indicator                  | qualifier | hand-computed value        | tolerance
			GZ       | compute_per_center           | >         | 0.233333 # 2.8 / 12         | 0.000001
			GZ       | implied_national_compute     | >         | 23.333333 # 2.8 / 12 * 100  | 0.000001
			GZ       | electricity_cost_advantage   | ~         | 3.000003 # 1 / 0.333333     | 0.000001
			GZ       | implied_bj_electricity_price | ~         | 1.050001 # 0.35 / 0.333333  | 0.000001
			GZ       | cooling_cost_index           | =         | 40 # 100 - 60               | 0
			SH       | training_cost_index          | =         | 1.15 # 1 + 15 / 100         | 0.0000001
			SH       | compute_self_sufficiency     | =         | 50 # 100 - 50               | 0
			SH       | compute_demand_met           | =         | 70 # 100 - 30               | 0
			BJ       | models_per_talent_point      | =         | 3.026316 # 115 / 38         | 0.000001
			BJ       | implied_sh_registered_models | <         | 38.333333 # 115 / 3 (more than three times) | 0.000001
			BJ       | untransferred_research_share | =         | 88 # 100 - 12               | 0
			""")
	void derivedValueMatchesTheHandComputedFigure(String region, String indicator, String qualifier, String expected,
			double tolerance) {
		Map<String, Operand> values = evaluateAll(region);

		Operand value = values.get(key(region, indicator));

		assertThat(value).as(indicator + " for " + region).isNotNull();
		assertThat(value.qualifier().symbol()).isEqualTo(qualifier);
		assertThat(value.value()).isCloseTo(Double.parseDouble(expected.split("#")[0].strip()), within(tolerance));
		assertThat(value.sources()).containsExactly("S1");
	}

	private static Map<String, Operand> evaluateAll(String region) {
		Map<String, Operand> values = new HashMap<>(observations);
		for (CompiledIndicator indicator : catalog.inDependencyOrder()) {
			FormulaResult result = indicator.formula()
				.evaluate(region, "2024", (r, code, period) -> Optional.ofNullable(values.get(key(r, code))));
			if (result instanceof FormulaResult.Value value) {
				values.put(key(region, indicator.code()),
						new Operand(region, indicator.code(), "2024", value.value(), value.qualifier(), value.sources()));
			}
		}
		return values;
	}

	private static String key(String region, String indicator) {
		return region + "/" + indicator;
	}

	private static List<CSVRecord> read(String file) throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("input", file), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
