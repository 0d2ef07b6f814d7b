package org.policybriefs.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The evidence rules without Spring: which source's value is preferred, when two agree, and what
 * each kind of check passes and fails, read from an evidence.yml as an analyst writes it.
 */
class EvidenceRulesTests {

	private static final String KINDS = """
			source_kinds:
			  - {kind: official-statistics, en: official statistics, zh: 官方统计}
			  - {kind: state-media, en: state media, zh: 官方媒体}
			  - {kind: self-media, en: self-media post, zh: 自媒体文章}
			tolerance: 0.05
			""";

	private static final String SHARE_CHECK = """
			checks:
			  - id: share
			    kind: share-of-total
			    share: "*.national_compute_share"
			    part: "*.compute_capacity"
			    total: CN.compute_capacity
			    tolerance: 0.25
			    en: The share does not fit.
			    zh: 比重不符。
			""";

	@TempDir
	Path input;

	private EvidenceCatalog catalog(String yaml) throws IOException {
		Files.writeString(this.input.resolve(EvidenceCatalog.FILE), yaml);
		return EvidenceCatalog.read(this.input);
	}

	private static Figure figure(String region, String indicator, String period, double value, String source,
			String kind, String published, long line) {
		return new Figure(region, indicator, period, value, "=", source, kind, published, line);
	}

	private static List<CheckResult> run(EvidenceCatalog catalog, List<Figure> figures, Set<String> regions) {
		Map<String, Figure> preferred = new HashMap<>();
		Preference.weigh(figures, catalog, (indicator) -> catalog.tolerance())
			.forEach((w) -> preferred.put(w.preferred().key(), w.preferred()));
		return new Checks(figures, preferred, regions).run(catalog.checks());
	}

	@Nested
	class Preferred {

		@Test
		void theHighestRankedKindWinsThenTheLatestPublished() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS);
			Figure article = figure("CN", "compute_capacity", "2023", 220, "S1", "self-media", "2025-01-01", 2);
			Figure older = figure("CN", "compute_capacity", "2023", 230, "S2", "state-media", "2024-04-18", 3);
			Figure newer = figure("CN", "compute_capacity", "2023", 231, "S3", "state-media", "2024-05-01", 4);
			List<Preference.Weighed> weighed = Preference.weigh(List.of(article, older, newer), catalog, (i) -> 0.05);
			assertThat(weighed).singleElement().satisfies((w) -> {
				assertThat(w.preferred()).isEqualTo(newer);
				assertThat(w.others()).containsEntry(older, true).containsEntry(article, true);
			});
		}

		@Test
		void beyondTheToleranceTheyDisagree() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS);
			Figure article = figure("CN", "compute_capacity", "2023", 200, "S1", "self-media", "", 2);
			Figure official = figure("CN", "compute_capacity", "2023", 230, "S2", "official-statistics", "", 3);
			assertThat(Preference.weigh(List.of(article, official), catalog, (i) -> 0.05)).singleElement()
				.satisfies((w) -> assertThat(w.others()).containsExactly(Map.entry(article, false)));
			assertThat(Preference.weigh(List.of(article, official), catalog, (i) -> 0.2)).singleElement()
				.satisfies((w) -> assertThat(w.others()).containsExactly(Map.entry(article, true)));
		}

		@Test
		void aKindTheFileDoesNotListRanksLast() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS);
			assertThat(catalog.rank("official-statistics")).isEqualTo(1);
			assertThat(catalog.rank("blog")).isEqualTo(4);
			assertThat(EvidenceCatalog.read(EvidenceRulesTests.this.input.resolve("elsewhere")).checks()).isEmpty();
		}

	}

	@Nested
	class ShareOfTotal {

		@Test
		void aShareTenTimesWhatTheTotalAllowsFailsWithItsArithmetic() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS + SHARE_CHECK);
			List<CheckResult> results = run(catalog, List.of(
					figure("GZ", "compute_capacity", "2024", 2.8, "S1", "self-media", "", 3),
					figure("GZ", "national_compute_share", "2024", 12, "S1", "self-media", "", 4),
					figure("CN", "compute_capacity", "2024", 280, "S2", "state-media", "2025-04-30", 30)),
					Set.of("GZ"));
			assertThat(results).singleElement().satisfies((result) -> {
				assertThat(result.passed()).isFalse();
				assertThat(result.arithmetic()).isEqualTo("2.8 ÷ 280 × 100 = 1% ≠ 12% · 280 × 12% = 33.6 ≠ 2.8");
				assertThat(result.describe()).contains("share observations.csv:4 GZ.national_compute_share 2024 = 12 (S1)",
						"part observations.csv:3 GZ.compute_capacity 2024 = 2.8 (S1)",
						"total observations.csv:30 CN.compute_capacity 2024 = 280 (S2)");
			});
		}

		@Test
		void aShareThatFitsPassesAndAFourthRegionIsCheckedByTheSameRule() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS + SHARE_CHECK);
			List<CheckResult> results = run(catalog, List.of(
					figure("GZ", "compute_capacity", "2024", 2.8, "S1", "self-media", "", 3),
					figure("GZ", "national_compute_share", "2024", 1, "S1", "self-media", "", 4),
					figure("AH", "compute_capacity", "2024", 14, "S1", "self-media", "", 5),
					figure("AH", "national_compute_share", "2024", 50, "S1", "self-media", "", 6),
					figure("CN", "compute_capacity", "2023", 280, "S2", "state-media", "", 30)), Set.of("GZ", "AH"));
			assertThat(results).extracting(CheckResult::region, CheckResult::passed)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("GZ", true),
						org.assertj.core.groups.Tuple.tuple("AH", false));
		}

		@Test
		void withoutTheTotalTheCheckIsNotRun() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS + SHARE_CHECK);
			assertThat(run(catalog, List.of(figure("GZ", "compute_capacity", "2024", 2.8, "S1", "self-media", "", 3),
					figure("GZ", "national_compute_share", "2024", 12, "S1", "self-media", "", 4)), Set.of("GZ"))).isEmpty();
		}

	}

	@Nested
	class OtherKinds {

		@Test
		void partsThatExceedTheirWholeFail() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS + """
					checks:
					  - {id: parts, kind: parts-exceed-whole, whole: CN.xx, parts: [GZ.xx, SH.xx], tolerance: 0, en: e, zh: z}
					""");
			List<CheckResult> results = run(catalog, List.of(figure("CN", "xx", "2024", 10, "S2", "state-media", "", 2),
					figure("GZ", "xx", "2024", 6, "S1", "self-media", "", 3),
					figure("SH", "xx", "2024", 5, "S1", "self-media", "", 4)), Set.of("GZ", "SH"));
			assertThat(results).singleElement().satisfies((result) -> {
				assertThat(result.passed()).isFalse();
				assertThat(result.arithmetic()).isEqualTo("6 + 5 = 11 > 10");
			});
		}

		@Test
		void aStatedLowerBoundOfARatioFailsOnlyBelowIt() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS + """
					checks:
					  - {id: ratio, kind: stated-ratio, ratio: BJ.rr, numerator: BJ.nn, denominator: SH.nn, en: e, zh: z}
					""");
			Figure bound = new Figure("BJ", "rr", "2024", 3, ">", "S1", "self-media", "", 2);
			List<Figure> fits = List.of(bound, figure("BJ", "nn", "2024", 115, "S1", "self-media", "", 3),
					figure("SH", "nn", "2024", 30, "S1", "self-media", "", 4));
			assertThat(run(catalog, fits, Set.of("BJ", "SH"))).singleElement()
				.satisfies((result) -> assertThat(result.passed()).isTrue());
			List<Figure> fails = List.of(bound, figure("BJ", "nn", "2024", 115, "S1", "self-media", "", 3),
					figure("SH", "nn", "2024", 60, "S1", "self-media", "", 4));
			assertThat(run(catalog, fails, Set.of("BJ", "SH"))).singleElement().satisfies((result) -> {
				assertThat(result.passed()).isFalse();
				assertThat(result.arithmetic()).isEqualTo("115 ÷ 60 = 1.917 < 3");
			});
		}

		@Test
		void aValueOutsideItsPlausibleRangeFails() throws IOException {
			EvidenceCatalog catalog = catalog(KINDS + """
					checks:
					  - {id: pct, kind: range, figure: "*.share", min: 0, max: 100, en: e, zh: z}
					""");
			assertThat(run(catalog, List.of(figure("GZ", "share", "2024", 120, "S1", "self-media", "", 2),
					figure("SH", "share", "2024", 20, "S1", "self-media", "", 3)), Set.of("GZ", "SH")))
				.extracting(CheckResult::passed, CheckResult::arithmetic)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(false, "120 ∉ [0, 100]"),
						org.assertj.core.groups.Tuple.tuple(true, "20 ∈ [0, 100]"));
		}

	}

	@Nested
	class BadCatalog {

		@Test
		void anUnknownKindOfCheckIsNamedWithWhatToWrite() {
			assertThatExceptionOfType(EvidenceException.class)
				.isThrownBy(() -> catalog(KINDS + "checks:\n  - {id: x, kind: average, en: e, zh: z}\n"))
				.withMessage("evidence.yml: checks entry 1 (x): kind 'average' is not usable; write one of share-of-total,"
						+ " parts-exceed-whole, stated-ratio, range");
		}

		@Test
		void aFigureThatIsNotRegionDotIndicatorIsRefused() {
			assertThatExceptionOfType(EvidenceException.class)
				.isThrownBy(() -> catalog(KINDS + "checks:\n  - {id: x, kind: range, figure: share, min: 0, en: e, zh: z}\n"))
				.withMessageContaining("figure 'share' is not usable; write a figure as REGION.indicator");
		}

	}

}
