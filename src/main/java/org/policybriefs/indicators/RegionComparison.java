package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the regions' values of one indicator: a rank that respects the indicator's
 * direction (higher or lower is better; neutral indicators are not ranked), each value
 * relative to the best one, and relative to a chosen reference region.
 */
public final class RegionComparison {

	private RegionComparison() {
	}

	/** Where one region stands: rank (1 = best; 0 when not ranked) and two ratios (null when undefined). */
	public record Standing(String region, int rank, int ranked, Double toBest, Double toReference) {
	}

	/**
	 * @param values the regions' values of one indicator, in region order; regions without a value are absent
	 * @param direction {@code higher}, {@code lower} or {@code neutral}
	 * @param reference the reference region's code
	 */
	public static Map<String, Standing> compare(Map<String, Double> values, String direction, String reference) {
		List<Map.Entry<String, Double>> ordered = new ArrayList<>(values.entrySet());
		boolean ranked = "higher".equals(direction) || "lower".equals(direction);
		Comparator<Map.Entry<String, Double>> byValue = Map.Entry.comparingByValue();
		ordered.sort("lower".equals(direction) ? byValue : byValue.reversed());
		Double best = (ranked && !ordered.isEmpty()) ? ordered.get(0).getValue() : null;
		Double referenceValue = values.get(reference);
		Map<String, Standing> standings = new LinkedHashMap<>();
		for (Map.Entry<String, Double> entry : values.entrySet()) {
			int rank = 0;
			if (ranked) {
				// equal values share a rank: 1, 1, 3
				rank = 1 + (int) ordered.stream()
					.filter((other) -> ("lower".equals(direction) ? other.getValue() < entry.getValue()
							: other.getValue() > entry.getValue()))
					.count();
			}
			standings.put(entry.getKey(), new Standing(entry.getKey(), rank, ranked ? values.size() : 0,
					ratio(entry.getValue(), best), ratio(entry.getValue(), referenceValue)));
		}
		return standings;
	}

	private static Double ratio(Double value, Double base) {
		if (value == null || base == null || base == 0) {
			return null;
		}
		return value / base;
	}

}
