package org.policybriefs.indicators;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The written form of the inputs a derived value was computed from, as stored and exported:
 * {@code GZ.compute_capacity 2024 >2.8; GZ.computing_centers 2024 =12}, with an input's scope in
 * brackets when it is not the whole region ({@code [Zhangjiang Science City]}).
 */
final class Lineage {

	private Lineage() {
	}

	static String describe(List<Operand> inputs) {
		return inputs.stream()
			.map((input) -> input.region() + "." + input.indicator() + " " + input.period() + " "
					+ input.qualifier().symbol() + ValueFormatter.plain(input.value())
					+ (input.scope().isWholeRegion() ? "" : " [" + input.scope().en() + "]"))
			.collect(Collectors.joining("; "));
	}

}
