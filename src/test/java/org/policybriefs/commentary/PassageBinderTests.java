package org.policybriefs.commentary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which value a passage was written against, and whether it is stale, table-driven. */
class PassageBinderTests {

	private static final String FILE = "summary.en.md";

	private static final Passage PASSAGE = CommentaryMarkdown.parse(FILE, "Capacity {{GZ compute_capacity}}.")
		.get(0)
		.passages()
		.get(0);

	/**
	 * @param rebound the value rebind recorded, or empty
	 * @param previous the value the previous edition carried, or empty
	 * @param now today's value, or empty when the figure has no value any more
	 */
	@ParameterizedTest(name = "rebound={0} previous={1} now={2} → {3} stale={4}")
	@CsvSource(textBlock = """
			'',               '',               2024 >2.8 EFLOPS, 2024 >2.8 EFLOPS, TODAY,   false
			'',               2024 >2.8 EFLOPS, 2024 >2.8 EFLOPS, 2024 >2.8 EFLOPS, EDITION, false
			'',               2024 >2.8 EFLOPS, 2024 >3.1 EFLOPS, 2024 >2.8 EFLOPS, EDITION, true
			'',               2024 >2.8 EFLOPS, 2024 =2.8 EFLOPS, 2024 >2.8 EFLOPS, EDITION, true
			'',               2024 >2.8 EFLOPS, 2025 >2.8 EFLOPS, 2024 >2.8 EFLOPS, EDITION, true
			2024 >3.1 EFLOPS, 2024 >2.8 EFLOPS, 2024 >3.1 EFLOPS, 2024 >3.1 EFLOPS, REBOUND, false
			2024 >3.1 EFLOPS, 2024 >2.8 EFLOPS, 2024 >3.5 EFLOPS, 2024 >3.1 EFLOPS, REBOUND, true
			'',               2024 >2.8 EFLOPS, '',               2024 >2.8 EFLOPS, EDITION, true
			""")
	void writtenAgainst(String rebound, String previous, String now, String writtenAgainst, FigureBinding.Origin origin,
			boolean stale) {
		PassageBinder.Key key = new PassageBinder.Key(FILE, PASSAGE.hash(), "GZ compute_capacity");
		PassageBinder binder = new PassageBinder(values(key, rebound), values(key, previous));
		BoundPassage bound = binder.bind(FILE, FILE, PASSAGE, (figure) -> now.isEmpty() ? null : resolved(now));
		FigureBinding binding = bound.figures().get(0);
		assertThat(binding.writtenAgainst()).isEqualTo(BoundValue.parse(writtenAgainst, "test", 1));
		assertThat(binding.origin()).isEqualTo(origin);
		assertThat(binding.stale()).isEqualTo(stale);
		assertThat(bound.stale()).isEqualTo(stale);
	}

	@Test
	void anEditedPassageIsBoundToTodaysValue() {
		Passage edited = CommentaryMarkdown.parse(FILE, "Capacity now {{GZ compute_capacity}}.").get(0).passages().get(0);
		PassageBinder.Key oldKey = new PassageBinder.Key(FILE, PASSAGE.hash(), "GZ compute_capacity");
		PassageBinder binder = new PassageBinder(Map.of(), values(oldKey, "2024 >2.8 EFLOPS"));
		BoundPassage bound = binder.bind(FILE, FILE, edited, (figure) -> resolved("2024 >3.1 EFLOPS"));
		assertThat(bound.stale()).isFalse();
		assertThat(bound.figures().get(0).origin()).isEqualTo(FigureBinding.Origin.TODAY);
	}

	@Test
	void theStaleLineNamesFileLineFigureAndBothValues() {
		PassageBinder.Key key = new PassageBinder.Key(FILE, PASSAGE.hash(), "GZ compute_capacity");
		BoundPassage bound = new PassageBinder(Map.of(), values(key, "2024 >2.8 EFLOPS")).bind(
				"input/commentary/" + FILE, FILE, PASSAGE, (figure) -> resolved("2024 >3.1 EFLOPS"));
		assertThat(bound.staleLines()).containsExactly(
				"input/commentary/summary.en.md:1  GZ compute_capacity 2024: written against >2.8 EFLOPS → now >3.1 EFLOPS");
		BoundPassage removed = new PassageBinder(Map.of(), values(key, "2024 >2.8 EFLOPS")).bind(
				"input/commentary/" + FILE, FILE, PASSAGE, (figure) -> null);
		assertThat(removed.staleLines()).singleElement().asString().endsWith("written against >2.8 EFLOPS → no value now");
		BoundPassage never = new PassageBinder(Map.of(), Map.of()).bind("input/commentary/" + FILE, FILE, PASSAGE,
				(figure) -> null);
		assertThat(never.stale()).as("a new passage whose figure has no value").isTrue();
		assertThat(never.staleLines()).singleElement().asString().endsWith("GZ compute_capacity: no value in this run");
	}

	@Test
	void aValueFileThatWasEditedIsRefusedWithItsLine() {
		assertThatThrownBy(() -> BoundValue.parse("about 2.8", "out/2026-12-01/passages.csv", 4))
			.hasMessageStartingWith("out/2026-12-01/passages.csv:4: ");
	}

	private static Map<PassageBinder.Key, BoundValue> values(PassageBinder.Key key, String value) {
		Map<PassageBinder.Key, BoundValue> values = new HashMap<>();
		if (!value.isEmpty()) {
			values.put(key, BoundValue.parse(value, "test", 1));
		}
		return values;
	}

	private static ResolvedFigure resolved(String text) {
		BoundValue bound = BoundValue.parse(text, "test", 1);
		IndicatorValue value = new IndicatorValue("GZ", "compute_capacity", bound.period(), bound.value(),
				bound.qualifier(), IndicatorValue.OBSERVED, null, null, List.of("S1"), null, null, Scope.WHOLE_REGION,
				"stated", false, null);
		return new ResolvedFigure(value, bound);
	}

}
