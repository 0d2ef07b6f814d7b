package org.policybriefs.indicators;

import java.util.Objects;

/**
 * A reference in a formula: an indicator code, optionally in another region
 * ({@code BJ.electricity_price}); a {@code null} region means the region being computed.
 */
public record Reference(String region, String indicator) {

	public Reference {
		Objects.requireNonNull(indicator, "indicator");
	}

	/** The reference as written in a formula. */
	public String text() {
		return (this.region != null) ? this.region + "." + this.indicator : this.indicator;
	}

}
