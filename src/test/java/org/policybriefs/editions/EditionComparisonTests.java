package org.policybriefs.editions;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditionComparisonTests {

	private static final LocalDate FROM = LocalDate.parse("2026-11-27");

	private static final LocalDate TO = LocalDate.parse("2026-11-28");

	private static EditionValue value(String region, String indicator, double number, String qualifier, String source) {
		return new EditionValue(region, indicator, "2024", "observed", number, qualifier, "%", "", List.of(source), "");
	}

	@Test
	void theSameContentIsNoChange() {
		List<EditionValue> values = List.of(value("GZ", "a", 1, "=", "S1"), value("SH", "b", 2, "~", "S1"));

		EditionChanges changes = EditionComparison.compare(FROM, values, TO, List.copyOf(values));

		assertThat(changes.isUnchanged()).isTrue();
		assertThat(changes.isFirstEdition()).isFalse();
	}

	@Test
	void eachKindOfChangeIsNamed() {
		List<EditionValue> before = List.of(value("GZ", "revised", 2.8, ">", "S1"), value("GZ", "qualifier", 5, "~", "S1"),
				value("GZ", "restated", 7, "=", "S1"), value("GZ", "removed", 9, "=", "S1"));
		List<EditionValue> after = List.of(value("GZ", "revised", 3.5, ">", "S1"), value("GZ", "qualifier", 5, "=", "S1"),
				value("GZ", "restated", 7, "=", "S2"), value("GZ", "added", 1, "=", "S1"));

		EditionChanges changes = EditionComparison.compare(FROM, before, TO, after);

		assertThat(changes.changes()).extracting((change) -> change.indicator() + " " + change.change().code())
			.containsExactly("added added", "qualifier qualifier", "removed removed", "restated restated",
					"revised revised");
		assertThat(changes.changes().get(4).relativeChange()).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-12));
	}

	private static EditionValue other(double number, String source) {
		return new EditionValue("GZ", "compute_capacity", "2024", "observed", number, ">", "EFLOPS", "",
				List.of(source), "", false);
	}

	private static EditionValue preferred(double number, String source) {
		return new EditionValue("GZ", "compute_capacity", "2024", "observed", number, ">", "EFLOPS", "",
				List.of(source), "", true);
	}

	@Test
	void aFigureSeveralSourcesGiveComparesEachSourceWithItself() {
		// the article's 2.8 revised to 3.2 while an official 57 now outranks it: the article's own
		// revision is a change, not the official value counted as a revision of the article's
		EditionChanges changes = EditionComparison.compare(FROM, List.of(preferred(2.8, "S1")), TO,
				List.of(preferred(57, "S10"), other(3.2, "S1")));

		assertThat(changes.changes()).extracting((change) -> change.change().code() + " "
				+ String.join(";", change.oldSources()) + "→" + String.join(";", change.newSources()) + " "
				+ change.oldValue() + "→" + change.newValue() + " " + (change.preferred() ? "stated" : "other"))
			.containsExactly("added →S10 null→57.0 stated", "revised S1→S1 2.8→3.2 other");
	}

	@Test
	void anUnchangedSourceBesideARevisedOneIsNoChange() {
		EditionChanges changes = EditionComparison.compare(FROM, List.of(preferred(57, "S10"), other(2.8, "S1")), TO,
				List.of(other(2.8, "S1"), preferred(60, "S10")));

		assertThat(changes.changes()).extracting((change) -> change.change().code() + " " + change.newSources())
			.containsExactly("revised [S10]");
	}

	@Test
	void aSourceThatNoLongerGivesAFigureIsRemovedAlone() {
		EditionChanges changes = EditionComparison.compare(FROM, List.of(preferred(57, "S10"), other(2.8, "S1")), TO,
				List.of(preferred(57, "S10")));

		assertThat(changes.changes()).extracting((change) -> change.change().code() + " " + change.oldSources())
			.containsExactly("removed [S1]");
	}

	@Test
	void aNewScopeOrUnitIsARevision() {
		EditionValue before = value("SH", "ai_companies", 2000, ">", "S1");
		EditionValue scoped = new EditionValue("SH", "ai_companies", "2024", "observed", 2000, ">", "%",
				"Zhangjiang Science City", List.of("S1"), "");

		assertThat(EditionComparison.difference(before, scoped)).isEqualTo(Change.Type.REVISED);
	}

	@Test
	void regionsAndIndicatorsThatAppearOrDisappear() {
		EditionChanges changes = EditionComparison.compare(FROM, List.of(value("GZ", "a", 1, "=", "S1")), TO,
				List.of(value("XA", "b", 1, "=", "S1")));

		assertThat(changes.addedRegions()).containsExactly("XA");
		assertThat(changes.removedRegions()).containsExactly("GZ");
		assertThat(changes.addedIndicators()).containsExactly("b");
		assertThat(changes.removedIndicators()).containsExactly("a");
	}

	@Test
	void theLargestChangesComeFirstAndARegionalBriefSeesItsOwn() {
		EditionChanges changes = EditionComparison.compare(FROM,
				List.of(value("GZ", "a", 100, "=", "S1"), value("SH", "b", 100, "=", "S1"), value("SH", "c", 5, "~", "S1")),
				TO, List.of(value("GZ", "a", 101, "=", "S1"), value("SH", "b", 150, "=", "S1"), value("SH", "c", 5, "=", "S1")));

		assertThat(changes.largest(2)).extracting(Change::indicator).containsExactly("b", "a");
		assertThat(changes.forRegions(java.util.Set.of("GZ")).changes()).extracting(Change::indicator)
			.containsExactly("a");
	}

}
