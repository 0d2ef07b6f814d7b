package org.policybriefs.commentary;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureLookupTests {

	private static final String FILE = "input/commentary/summary.en.md";

	private final FigureLookup lookup = new FigureLookup(Set.of("GZ", "SH"), Map.of("compute_capacity", "EFLOPS"),
			Set.of("S1", "S2"), List.of(value("2023", 2.0, "S1", true), value("2024", 2.8, "S1", true),
					value("2024", 3.0, "S2", false)));

	@ParameterizedTest
	@CsvSource(textBlock = """
			GZ compute_capacity,         2024 >2.8 EFLOPS
			GZ compute_capacity 2023,    2023 >2 EFLOPS
			GZ compute_capacity 2024 S2, 2024 >3 EFLOPS
			""")
	void found(String written, String bound) {
		assertThat(this.lookup.resolve(FigureReference.parse(written, FILE, 4), FILE).bound())
			.isEqualTo(BoundValue.parse(bound, "test", 1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			XX compute_capacity           | region 'XX' is not in regions.csv
			GZ capacity                   | indicator 'capacity' is not in indicators.csv
			GZ compute_capacity 2019      | the run has no value of it; it has values for 2023, 2024
			GZ compute_capacity 2024 S9   | source 'S9' is not in sources.csv
			SH compute_capacity           | the run has no value of it
			""")
	void unknownIsAnErrorWithFileAndLine(String written, String problem) {
		assertThatThrownBy(() -> this.lookup.resolve(FigureReference.parse(written, FILE, 4), FILE))
			.isInstanceOf(CommentaryException.class)
			.hasMessageStartingWith(FILE + ":4: {{" + written + "}}: ")
			.hasMessageContaining(problem);
	}

	@Test
	void theLatestPeriodWithoutOne() {
		assertThat(this.lookup.resolve(FigureReference.parse("GZ compute_capacity", FILE, 1), FILE).value().period())
			.isEqualTo("2024");
	}

	private static IndicatorValue value(String period, double number, String source, boolean preferred) {
		return new IndicatorValue("GZ", "compute_capacity", period, number, ">", IndicatorValue.OBSERVED, null, null,
				List.of(source), null, null, Scope.WHOLE_REGION, "stated", false, null, preferred, null);
	}

}
