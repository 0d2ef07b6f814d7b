package org.policybriefs.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RegionComparisonTests {

	/** Whole-region values: region, number, region, number, … */
	private static Map<String, IndicatorValue> values(Object... pairs) {
		Map<String, IndicatorValue> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], value((String) pairs[i], ((Number) pairs[i + 1]).doubleValue(), Scope.WHOLE_REGION));
		}
		return values;
	}

	static IndicatorValue value(String region, double number, Scope scope) {
		return new IndicatorValue(region, "ai_companies", "2024", number, "=", IndicatorValue.OBSERVED, null, null,
				List.of("S1"), "q", "", scope, "stated", false, null);
	}

	@Nested
	class Ranks {

		@Test
		void higherIsBetterRanksTheLargestFirst() {
			var standings = RegionComparison.compare(values("GZ", 12, "SH", 5, "BJ", 8), "higher", "BJ");

			assertThat(standings.get("GZ").rank()).isEqualTo(1);
			assertThat(standings.get("BJ").rank()).isEqualTo(2);
			assertThat(standings.get("SH").rank()).isEqualTo(3);
			assertThat(standings.get("SH").ranked()).isEqualTo(3);
		}

		@Test
		void lowerIsBetterRanksTheSmallestFirst() {
			var standings = RegionComparison.compare(values("GZ", 0.35, "BJ", 1.05), "lower", "BJ");

			assertThat(standings.get("GZ").rank()).isEqualTo(1);
			assertThat(standings.get("BJ").rank()).isEqualTo(2);
		}

		@Test
		void equalValuesShareARank() {
			var standings = RegionComparison.compare(values("A1", 3, "B1", 3, "C1", 1), "higher", "A1");

			assertThat(standings.get("A1").rank()).isEqualTo(1);
			assertThat(standings.get("B1").rank()).isEqualTo(1);
			assertThat(standings.get("C1").rank()).isEqualTo(3);
		}

		@Test
		void neutralIndicatorsAreNotRankedAndHaveNoBest() {
			var standings = RegionComparison.compare(values("GZ", 15, "SH", 20), "neutral", "BJ");

			assertThat(standings.get("GZ").rank()).isZero();
			assertThat(standings.get("GZ").toBest()).isNull();
		}

	}

	@Nested
	class Ratios {

		@Test
		void relativeToTheBestRespectsDirection() {
			var standings = RegionComparison.compare(values("GZ", 0.35, "BJ", 1.05), "lower", "BJ");

			assertThat(standings.get("GZ").toBest()).isEqualTo(1.0);
			assertThat(standings.get("BJ").toBest()).isCloseTo(3.0, within(1e-9));
		}

		@Test
		void relativeToTheReferenceRegion() {
			var standings = RegionComparison.compare(values("GZ", 0.35, "BJ", 1.05), "lower", "BJ");

			assertThat(standings.get("GZ").toReference()).isCloseTo(1 / 3.0, within(1e-9));
			assertThat(standings.get("BJ").toReference()).isEqualTo(1.0);
		}

		@Test
		void noReferenceValueGivesNoRatio() {
			var standings = RegionComparison.compare(values("GZ", 12, "SH", 5), "higher", "BJ");

			assertThat(standings.get("GZ").toReference()).isNull();
		}

		@Test
		void aZeroBaseGivesNoRatioRatherThanInfinity() {
			var standings = RegionComparison.compare(values("GZ", 0, "SH", 5), "lower", "GZ");

			assertThat(standings.get("SH").toBest()).isNull();
			assertThat(standings.get("SH").toReference()).isNull();
		}

	}

	@Nested
	class Scopes {

		private final Scope zhangjiang = new Scope("Zhangjiang Science City", "张江科学城");

		@Test
		void aFigureOfNarrowerScopeIsNeitherRankedNorRelated() {
			Map<String, IndicatorValue> values = values("GZ", 12, "BJ", 8);
			values.put("SH", value("SH", 2000, this.zhangjiang));

			var standings = RegionComparison.compare(values, "higher", "BJ");

			assertThat(standings.get("SH").comparable()).isFalse();
			assertThat(standings.get("SH").rank()).isZero();
			assertThat(standings.get("SH").toBest()).isNull();
			assertThat(standings.get("SH").toReference()).isNull();
			assertThat(standings.get("GZ").rank()).isEqualTo(1);
			assertThat(standings.get("GZ").ranked()).isEqualTo(2);
		}

		@Test
		void noRatioToAReferenceOfNarrowerScope() {
			Map<String, IndicatorValue> values = values("GZ", 12);
			values.put("BJ", value("BJ", 6, this.zhangjiang));

			var standings = RegionComparison.compare(values, "higher", "BJ");

			assertThat(standings.get("GZ").toReference()).isNull();
			assertThat(standings.get("GZ").ranked()).isEqualTo(1);
		}

		@Test
		void twoValuesAreComparableOnlyWhenBothDescribeTheirWholeRegion() {
			IndicatorValue guizhou = value("GZ", 12, Scope.WHOLE_REGION);
			IndicatorValue beijing = value("BJ", 8, Scope.WHOLE_REGION);
			IndicatorValue zhangjiang = value("SH", 2000, this.zhangjiang);

			assertThat(guizhou.comparableWith(beijing)).isTrue();
			assertThat(guizhou.comparableWith(zhangjiang)).isFalse();
			assertThat(zhangjiang.comparableWith(guizhou)).isFalse();
			assertThat(zhangjiang.comparableWith(value("BJ", 3, this.zhangjiang))).isFalse();
		}

	}

}
