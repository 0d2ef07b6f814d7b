package org.policybriefs.commentary;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.indicators.IndicatorValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number typed in commentary where a figure belongs is listed with the figure to write instead;
 * years, small counts, references and numbers no figure has are not.
 */
class UnboundNumbersTests {

	private static final Map<String, String> UNITS = Map.of("ai_talent_share", "%", "registered_models", "count",
			"compute_capacity", "EFLOPS", "national_compute_share", "%", "ai_companies", "firms");

	private static final UnboundNumbers NUMBERS = new UnboundNumbers(List.of(value("BJ", "ai_talent_share", 38.0, true),
			value("BJ", "registered_models", 115.0, true), value("GZ", "compute_capacity", 57.0, true),
			value("GZ", "compute_capacity", 2.8, false), value("GZ", "national_compute_share", 12.0, false),
			value("GZ", "national_compute_share", 23.0, true), value("SH", "ai_companies", 2000.0, true)), UNITS);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Beijing has 38% of the talent.              | "38%" is BJ ai_talent_share 2024 as the data give it; write {{BJ ai_talent_share 2024}}
			北京拥有全国38％的人工智能人才。                | "38％" is BJ ai_talent_share 2024 as the data give it; write {{BJ ai_talent_share 2024}}
			It has 115 registered models.               | "115" is BJ registered_models 2024 as the data give it; write {{BJ registered_models 2024}}
			备案大模型115个                               | "115" is BJ registered_models 2024 as the data give it; write {{BJ registered_models 2024}}
			the post's 2.8 EFLOPS                       | "2.8" is GZ compute_capacity 2024 S1 as the data give it; write {{GZ compute_capacity 2024 S1}}
			a share of 12 % of the nation               | "12 %" is GZ national_compute_share 2024 S1 as the data give it; write {{GZ national_compute_share 2024 S1}}
			超过2000家AI企业                              | "2000" is SH ai_companies 2024 as the data give it; write {{SH ai_companies 2024}}
			more than 2,000 firms                       | "2,000" is SH ai_companies 2024 as the data give it; write {{SH ai_companies 2024}}
			""")
	void aTypedFigureIsListedWithTheFigureToWrite(String text, String said) {
		assertThat(NUMBERS.lines("input/commentary/summary.en.md", passage(text)))
			.containsExactly("input/commentary/summary.en.md:3  " + said
					+ " so that the passage follows the figure and is listed when it changes");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			by the end of 2024                          | the year of a period
			three judgements, 5 regions                 | a small whole number
			evidence E38 and E115                       | a reference
			version v2.8 of the model                   | inside a code
			38 firms                                    | 38 is in per cent, 38 firms is not
			12 EFLOPS                                   | no figure is 12 EFLOPS
			3,000 firms                                 | no figure has this value
			by 2030                                     | no figure has this value
			2024-12                                     | a period
			""")
	void otherNumbersAreNot(String text, String why) {
		assertThat(NUMBERS.lines("input/commentary/summary.en.md", passage(text))).as(why).isEmpty();
	}

	@Test
	void aFigureWrittenAsSuchIsNotTypedAndSeveralFiguresAreNamed() {
		Passage passage = new Passage(3, "", List.of(new Passage.Span("Guizhou: ", false, false, null),
				new Passage.Span("", false, false, new FigureReference("GZ", "compute_capacity", "", "", 3)),
				new Passage.Span(", and 57 more.", false, false, null)));
		UnboundNumbers many = new UnboundNumbers(List.of(value("GZ", "compute_capacity", 57.0, true),
				value("SH", "compute_capacity", 57.0, true), value("BJ", "compute_capacity", 57.4, true),
				value("CN", "compute_capacity", 56.5, true)), UNITS);

		assertThat(many.lines("x.md", passage)).containsExactly("x.md:3  \"57\" is the value of 4 figures (GZ"
				+ " compute_capacity 2024, SH compute_capacity 2024, BJ compute_capacity 2024, … and 1 more); write"
				+ " {{GZ compute_capacity 2024}} (or the figure it states) so that the passage follows the figure and is"
				+ " listed when it changes");
	}

	private static Passage passage(String text) {
		return new Passage(3, text, List.of(new Passage.Span(text, false, false, null)));
	}

	private static IndicatorValue value(String region, String indicator, double number, boolean preferred) {
		return new IndicatorValue(region, indicator, "2024", number, "=", IndicatorValue.OBSERVED, null, null,
				List.of(preferred ? "S10" : "S1"), null, null, null, null, false, null, preferred, null);
	}

}
