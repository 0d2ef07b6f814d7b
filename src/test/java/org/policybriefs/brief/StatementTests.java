package org.policybriefs.brief;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When two editions' findings are the same finding: what "findings that appeared or disappeared" compares. */
class StatementTests {

	private static Statement statement(String rule, String lead, String text, List<String> regions, List<String> numbers) {
		return new Statement(lead, text, List.of(), regions, numbers).ofRule(rule);
	}

	@Test
	void aRegionsHeadlineIsOneFindingWhicheverFiguresItStates() {
		Statement before = statement("headline#1", "Beijing", "Share of national AI talent: 38%; …", List.of("BJ"),
				List.of("value:BJ/ai_talent_share", "value:BJ/registered_models"));
		Statement after = statement("headline#1", "Beijing", "Share of national AI talent: 38%; centres: 7 …",
				List.of("BJ"), List.of("value:BJ/ai_talent_share", "value:BJ/computing_centers"));
		Statement laterHeadline = statement("headline#6", "Beijing", "…", List.of("BJ"), List.of("value:BJ/x"));

		assertThat(after.identity()).isEqualTo(before.identity()).isNotEqualTo(laterHeadline.identity());
	}

	@Test
	void aComparisonIsTheSameFindingWhileItRestsOnTheSameFigures() {
		Statement ratio = statement("largest-ratio#2", "Centres", "Guizhou: 12, 1.7× Beijing (7)", List.of("GZ", "BJ"),
				List.of("value:GZ/c", "value:BJ/c", "ratio:GZ/c:BJ/c"));
		Statement revised = statement("largest-ratio#2", "Centres", "Guizhou: 12, 1.5× Beijing (8)", List.of("GZ", "BJ"),
				List.of("value:GZ/c", "value:BJ/c", "ratio:GZ/c:BJ/c"));
		Statement other = statement("largest-ratio#2", "Talent", "…", List.of("GZ", "BJ"),
				List.of("value:GZ/t", "value:BJ/t", "ratio:GZ/t:BJ/t"));

		assertThat(revised.identity()).isEqualTo(ratio.identity()).isNotEqualTo(other.identity());
	}

	@Test
	void theEvidenceFindingIsTheSameWhateverItCounts() {
		Statement none = statement("evidence#3", "What the figures can bear", "No indicator …", List.of("GZ", "SH"),
				List.of());
		Statement one = statement("evidence#3", "What the figures can bear", "Only the one indicator …",
				List.of("GZ", "SH"), List.of("count:comparable:all"));

		assertThat(one.identity()).isEqualTo(none.identity());
	}

}
