package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Lookup} over values given in the test, which also records what was asked for.
 */
class MapLookup implements Lookup {

	static final String PERIOD = "2024";

	private final Map<String, Operand> operands = new HashMap<>();

	private final List<String> requests = new ArrayList<>();

	MapLookup with(String region, String indicator, double value, String qualifier, String... sources) {
		Qualifier parsed = Qualifier.fromSymbol(qualifier).orElseThrow();
		this.operands.put(key(region, indicator, PERIOD),
				new Operand(region, indicator, PERIOD, value, parsed, Set.of(sources)));
		return this;
	}

	Operand get(String region, String indicator) {
		return this.operands.get(key(region, indicator, PERIOD));
	}

	List<String> requests() {
		return this.requests;
	}

	@Override
	public Optional<Operand> find(String region, String indicator, String period) {
		String key = key(region, indicator, period);
		this.requests.add(key);
		return Optional.ofNullable(this.operands.get(key));
	}

	private static String key(String region, String indicator, String period) {
		return region + "." + indicator + "@" + period;
	}

}
