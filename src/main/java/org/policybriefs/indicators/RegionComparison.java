package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the regions' values of one indicator: a rank that respects the indicator's
 * direction (higher or lower is better; neutral indicators are not ranked), each value
 * relative to the best one, and relative to a chosen reference region. Only comparable values
 * ({@link IndicatorValue#comparableWith}: whole-region figures) are ranked or related to one
 * another; a figure of narrower scope gets a standing with rank 0 and no ratios.
 */
public final class RegionComparison {

	private RegionComparison() {
	}

	/**
	 * Where one region stands: rank (1 = best; 0 when not ranked) among {@code ranked} comparable
	 * values, and two ratios (null when undefined or not comparable).
	 */
	public record Standing(String region, int rank, int ranked, Double toBest, Double toReference, boolean comparable) {
	}

	/**
	 * @param values the regions' values of one indicator, in region order; regions without a value may be absent
	 * @param direction {@code higher}, {@code lower} or {@code neutral}
	 * @param reference the reference region's code
	 * @return a standing for every region that has a value, in the order given
	 */
	public static Map<String, Standing> compare(Map<String, IndicatorValue> values, String direction, String reference) {
		List<IndicatorValue> comparable = values.values().stream().filter(IndicatorValue::isComparable).toList();
		boolean ranked = "higher".equals(direction) || "lower".equals(direction);
		Comparator<IndicatorValue> byValue = Comparator.comparing(IndicatorValue::value);
		List<IndicatorValue> ordered = new ArrayList<>(comparable);
		ordered.sort("lower".equals(direction) ? byValue : byValue.reversed());
		IndicatorValue best = (ranked && !ordered.isEmpty()) ? ordered.get(0) : null;
		IndicatorValue referenceValue = values.get(reference);
		Map<String, Standing> standings = new LinkedHashMap<>();
		for (Map.Entry<String, IndicatorValue> entry : values.entrySet()) {
			IndicatorValue value = entry.getValue();
			if (value == null || !value.hasValue()) {
				continue;
			}
			if (!value.isComparable()) {
				standings.put(entry.getKey(), new Standing(entry.getKey(), 0, 0, null, null, false));
				continue;
			}
			int rank = 0;
			if (ranked) {
				// equal values share a rank: 1, 1, 3
				rank = 1 + (int) ordered.stream()
					.filter((other) -> ("lower".equals(direction) ? other.value() < value.value()
							: other.value() > value.value()))
					.count();
			}
			standings.put(entry.getKey(), new Standing(entry.getKey(), rank, ranked ? comparable.size() : 0,
					ratio(value, best), ratio(value, referenceValue), true));
		}
		return standings;
	}

	private static Double ratio(IndicatorValue value, IndicatorValue base) {
		if (base == null || !value.comparableWith(base) || base.value() == 0) {
			return null;
		}
		return value.value() / base.value();
	}

}
