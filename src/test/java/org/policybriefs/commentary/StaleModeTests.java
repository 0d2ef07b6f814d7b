package org.policybriefs.commentary;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a brief shows a passage, by the setting briefs.commentary.stale. */
class StaleModeTests {

	@ParameterizedTest(name = "{0}, stale={1} → shown={2}")
	@CsvSource(textBlock = """
			MARK, false, true
			MARK, true,  true
			OMIT, false, true
			OMIT, true,  false
			FAIL, false, true
			""")
	void shown(StaleMode mode, boolean stale, boolean shown) {
		Passage passage = CommentaryMarkdown.parse("summary.en.md", "At {{GZ compute_capacity}}.").get(0).passages().get(0);
		PassageBinder.Key key = new PassageBinder.Key("summary.en.md", passage.hash(), "GZ compute_capacity");
		BoundValue now = BoundValue.parse("2024 >3.1 EFLOPS", "test", 1);
		BoundValue written = stale ? BoundValue.parse("2024 >2.8 EFLOPS", "test", 1) : now;
		IndicatorValue value = new IndicatorValue("GZ", "compute_capacity", "2024", 3.1, ">", IndicatorValue.OBSERVED,
				null, null, List.of("S1"), null, null, Scope.WHOLE_REGION, "stated", false, null);
		BoundPassage bound = new PassageBinder(Map.of(), Map.of(key, written)).bind("summary.en.md", "summary.en.md",
				passage, (figure) -> new ResolvedFigure(value, now));
		assertThat(new Commentary(List.of(), mode).shows(bound)).isEqualTo(shown);
	}

}
