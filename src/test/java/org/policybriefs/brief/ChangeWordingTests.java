package org.policybriefs.brief;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.editions.Change;
import org.policybriefs.ingest.IndicatorDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision in "What changed" as the shipped message bundles write it: the relative change is the
 * one a reader computes from the two numbers printed beside it, and a fall carries the minus sign.
 */
class ChangeWordingTests {

	@ParameterizedTest(name = "{1} → {3} {4}, {5} decimals, in {0}")
	@CsvSource(delimiter = '|', textBlock = """
			en    | 15.6 | = | 18   | count  | 0 | Xanadu, Computing centres (2025): 16 → 18 (+12.5%)
			en    | 2.8  | > | 3.2  | EFLOPS | 1 | Xanadu, Computing centres (2025): >2.8 EFLOPS → >3.2 EFLOPS (+14.3%)
			en    | 3.2  | > | 3.0  | EFLOPS | 1 | Xanadu, Computing centres (2025): >3.2 EFLOPS → >3 EFLOPS (\u22126.3%)
			en    | 18   | = | 15.6 | count  | 0 | Xanadu, Computing centres (2025): 18 → 16 (\u221211.1%)
			en    | 16.2 | = | 16.3 | count  | 0 | Xanadu, Computing centres (2025): 16 → 16 (+0.6%)
			en    | 5    | = | 5.01 | EFLOPS | 1 | Xanadu, Computing centres (2025): 5 EFLOPS → 5 EFLOPS (+0.2%)
			en    | 10   | = | 10.001 | EFLOPS | 1 | Xanadu, Computing centres (2025): 10 EFLOPS → 10 EFLOPS (0%)
			zh-CN | 15.6 | = | 18   | count  | 0 | 仙那度·算力中心（2025）：16个 → 18个（+12.5%）
			zh-CN | 3.2  | > | 3.0  | EFLOPS | 1 | 仙那度·算力中心（2025）：>3.2 EFLOPS → >3 EFLOPS（\u22126.3%）
			""")
	void writesARevisionWithTheChangeItsNumbersShow(String locale, double before, String qualifier, double after,
			String unit, int decimals, String line) {
		BriefWords words = ShippedMessages.words(Locale.forLanguageTag(locale));
		IndicatorDefinition centres = new IndicatorDefinition("centres", "Computing centres", "算力中心", unit, "compute",
				IndicatorDefinition.OBSERVED, "", decimals, "higher", "", "", null, Map.of(), 2);
		ChangeWording wording = new ChangeWording(words, Map.of("XA", words.chinese() ? "仙那度" : "Xanadu")::get,
				Map.of("centres", centres)::get);
		Change revised = new Change("XA", "centres", IndicatorDefinition.OBSERVED, "2025", Change.Type.REVISED, before,
				qualifier, after, qualifier, List.of("S1"), List.of("S1"), unit, "", "");
		// a number and its unit are held together by a no-break space
		assertThat(wording.line(revised).replace('\u00a0', ' ')).isEqualTo(line);
	}

}
