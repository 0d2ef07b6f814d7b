package org.policybriefs.render.model;

import java.util.function.Function;

import org.policybriefs.indicators.MissingReason;

/**
 * Puts the formula engine's reason for a missing value into the brief's language: the reason
 * arrives as data (kind, input, period) and is worded here with the locale's words and the
 * input's own name.
 */
final class MissingReasons {

	private final BriefWords messages;

	private final Function<String, String> indicatorNames;

	private final Function<String, String> regionNames;

	MissingReasons(BriefWords messages, Function<String, String> indicatorNames, Function<String, String> regionNames) {
		this.messages = messages;
		this.indicatorNames = indicatorNames;
		this.regionNames = regionNames;
	}

	/** The reason a cell of this indicator is empty (null reason: the region reports no value). */
	String describe(String indicator, String period, MissingReason reason) {
		if (reason == null) {
			return this.messages.get("reason.notReported", period);
		}
		return switch (reason.kind()) {
			case NO_DATA -> {
				String region = reason.inputRegion();
				String input = reason.inputIndicator();
				if (region == null && input.equals(indicator)) {
					yield this.messages.get("reason.notReported", reason.period());
				}
				String name = this.indicatorNames.apply(input);
				yield (region == null) ? this.messages.get("reason.needs", name)
						: this.messages.get("reason.needsOf", this.regionNames.apply(region), name);
			}
			case DIVISION_BY_ZERO -> this.messages.get("reason.divisionByZero");
			case NOT_FINITE -> this.messages.get("reason.other", reason.describe());
		};
	}

}
