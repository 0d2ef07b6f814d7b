package org.policybriefs.render.model;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policybriefs.ingest.Codes;

/**
 * Puts the formula engine's reasons for a missing value into the brief's language. The engine
 * writes them in English ("no data for compute_capacity, 2024", "division by zero: x is 0");
 * the cases it writes are recognised here and said again with the locale's words and the
 * indicator's own name. A reason of another shape is printed as the locale's generic phrase.
 */
final class MissingReasons {

	private static final Pattern NO_DATA = Pattern.compile(
			"no data for (?:(" + Codes.REGION.pattern() + ")\\.)?(" + Codes.INDICATOR.pattern() + "), (\\S+)");

	private static final Pattern DIVISION_BY_ZERO = Pattern.compile("division by zero: (.+) is 0");

	private final BriefWords messages;

	private final Function<String, String> indicatorNames;

	private final Function<String, String> regionNames;

	MissingReasons(BriefWords messages, Function<String, String> indicatorNames, Function<String, String> regionNames) {
		this.messages = messages;
		this.indicatorNames = indicatorNames;
		this.regionNames = regionNames;
	}

	/** The reason a cell of this indicator is empty, given the engine's reason (null when no row exists). */
	String describe(String indicator, String period, String engineReason) {
		if (engineReason == null || engineReason.isBlank()) {
			return this.messages.get("reason.notReported", period);
		}
		Matcher noData = NO_DATA.matcher(engineReason.strip());
		if (noData.matches()) {
			String region = noData.group(1);
			String input = noData.group(2);
			if (region == null && input.equals(indicator)) {
				return this.messages.get("reason.notReported", noData.group(3));
			}
			String name = this.indicatorNames.apply(input);
			return (region == null) ? this.messages.get("reason.needs", name)
					: this.messages.get("reason.needsOf", this.regionNames.apply(region), name);
		}
		if (DIVISION_BY_ZERO.matcher(engineReason.strip()).matches()) {
			return this.messages.get("reason.divisionByZero");
		}
		return this.messages.get("reason.other", engineReason);
	}

}
