package org.policybriefs.indicators;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formulas written in words for the methodology section of a brief.
 */
class FormulaWordsTests {

	private static final Map<String, String> NAMES = Map.of("compute_capacity", "Compute capacity",
			"computing_centers", "Computing centres", "electricity_price", "Electricity price", "aa", "A", "bb", "B",
			"cc", "C");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			compute_capacity / computing_centers     | Compute capacity ÷ Computing centres
			compute_capacity/computing_centers*100   | Compute capacity ÷ Computing centres × 100
			(aa - bb) * 100                          | (A − B) × 100
			( aa + bb ) / ( cc )                     | (A + B) ÷ (C)
			((aa + bb)) / 2                          | ((A + B)) ÷ 2
			aa - (bb - cc)                           | A − (B − C)
			(-(aa))                                  | (−(A))
			-aa * bb                                 | −A × B
			BJ.electricity_price / electricity_price | BJ: Electricity price ÷ Electricity price
			min(aa, bb) + max(1, 2.5)                | minimum of (A, B) + maximum of (1, 2.5)
			abs((aa))                                | absolute value of ((A))
			round(aa / bb, 2)                        | (A ÷ B, rounded to 2 decimals)
			round(aa, 1) * 10                        | (A, rounded to 1 decimal) × 10
			round(aa, 0)                             | (A, rounded to a whole number)
			1e3 + 0.50                               | 1000 + 0.5
			""")
	void replacesCodesAndSymbolsKeepingTheAuthorsParentheses(String source, String words) {
		assertThat(Formula.parse(source).toWords(NAMES::get)).isEqualTo(words);
	}

	@Test
	void namesAnotherRegionByItsName() {
		assertThat(Formula.parse("BJ.electricity_price / electricity_price")
			.toWords(NAMES::get, Map.of("BJ", "Beijing")::get)).isEqualTo("Beijing: Electricity price ÷ Electricity price");
	}

	@Test
	void fallsBackToTheCodeWhenANameIsUnknown() {
		assertThat(Formula.parse("zz_unnamed * 2").toWords((code) -> null)).isEqualTo("zz_unnamed × 2");
	}

}
