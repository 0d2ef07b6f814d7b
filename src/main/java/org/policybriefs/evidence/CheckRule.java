package org.policybriefs.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One consistency check of evidence.yml: the figures it compares, by role, each written
 * {@code REGION.indicator} ({@code *.indicator} for the region being checked, so that one rule
 * covers every region, also one added to regions.csv later), its tolerance and its words.
 *
 * @param id the check's name, as the reports and checks.csv give it
 * @param kind what it checks: {@code share-of-total}, {@code parts-exceed-whole}, {@code stated-ratio} or {@code range}
 * @param figures the figures by role, the subject (the figure the check is about) first
 * @param parts the figures that must not exceed the whole (parts-exceed-whole only)
 * @param tolerance the relative difference the check lets pass
 * @param min the lowest plausible value (range only)
 * @param max the highest plausible value (range only)
 * @param en what a failure means, in English
 * @param zh what a failure means, in Chinese
 */
public record CheckRule(String id, String kind, Map<String, String> figures, List<String> parts, double tolerance,
		Double min, Double max, String en, String zh) {

	public static final String SHARE_OF_TOTAL = "share-of-total";

	public static final String PARTS_EXCEED_WHOLE = "parts-exceed-whole";

	public static final String STATED_RATIO = "stated-ratio";

	public static final String RANGE = "range";

	private static final Pattern FIGURE = Pattern.compile("(\\*|[A-Z][A-Z0-9]{1,15})\\.[a-z][a-z0-9_]{1,63}");

	/** The roles of each kind, the subject first. */
	private static final Map<String, List<String>> ROLES = Map.of(SHARE_OF_TOTAL, List.of("share", "part", "total"),
			PARTS_EXCEED_WHOLE, List.of("whole"), STATED_RATIO, List.of("ratio", "numerator", "denominator"), RANGE,
			List.of("figure"));

	/** The role whose figure the check is about: each of its values is checked. */
	String subject() {
		return this.figures.keySet().iterator().next();
	}

	static CheckRule of(YamlEntry entry, double defaultTolerance) {
		String id = entry.text("id");
		if (!id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
			throw entry.wrong("id", id, "lower-case letters, digits, '-' and '_' (at most 64)");
		}
		String kind = entry.text("kind");
		List<String> roles = ROLES.get(kind);
		if (roles == null) {
			throw entry.wrong("kind", kind, "one of " + SHARE_OF_TOTAL + ", " + PARTS_EXCEED_WHOLE + ", " + STATED_RATIO
					+ ", " + RANGE);
		}
		Map<String, String> figures = new LinkedHashMap<>();
		for (String role : roles) {
			figures.put(role, figure(entry, role, entry.text(role)));
		}
		List<String> parts = List.of();
		if (PARTS_EXCEED_WHOLE.equals(kind)) {
			parts = entry.texts("parts").stream().map((part) -> figure(entry, "parts", part)).toList();
		}
		double tolerance = entry.number("tolerance", defaultTolerance);
		if (tolerance < 0) {
			throw entry.wrong("tolerance", Double.toString(tolerance), "a relative difference of 0 or more (0.05 = 5 %)");
		}
		Double min = entry.optionalNumber("min");
		Double max = entry.optionalNumber("max");
		if (RANGE.equals(kind) && min == null && max == null) {
			throw new EvidenceException(EvidenceCatalog.FILE + ": " + entry.name() + " is a range with neither min nor"
					+ " max; give one or both");
		}
		return new CheckRule(id, kind, figures, parts, tolerance, min, max, entry.text("en"), entry.text("zh"));
	}

	private static String figure(YamlEntry entry, String role, String figure) {
		if (!FIGURE.matcher(figure).matches()) {
			throw entry.wrong(role, figure, "a figure as REGION.indicator, such as CN.compute_capacity, or"
					+ " *.compute_capacity for the region being checked");
		}
		return figure;
	}

	static String region(String figure) {
		return figure.substring(0, figure.indexOf('.'));
	}

	static String indicator(String figure) {
		return figure.substring(figure.indexOf('.') + 1);
	}

}
