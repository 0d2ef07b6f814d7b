package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the derived values of one period, without Spring or a database: every derived
 * indicator in dependency order, for every region or, when the catalog names the region an
 * indicator describes, for that region alone; a benchmark region gets its defined value. Each
 * value computed is available to the formulas after it. A formula takes each figure's preferred
 * value; when those come from several sources and one of them gives every input itself, it takes
 * that source's values instead, so that it never divides one source's province-wide total by
 * another's count of centres.
 */
public final class PeriodComputation {

	private final FormulaCatalog catalog;

	private final List<String> regions;

	public PeriodComputation(FormulaCatalog catalog, List<String> regions) {
		this.catalog = catalog;
		this.regions = List.copyOf(regions);
	}

	/**
	 * @param observed the period's observed values that formulas may use, keyed by {@link #key}
	 * @return one result per derived indicator and region it is computed for, in dependency order
	 */
	public List<Computed> compute(String period, Map<String, Operand> observed) {
		return compute(period, observed, Map.of());
	}

	/**
	 * @param observed the period's preferred observed values that formulas may use, keyed by {@link #key}
	 * @param others the other sources' values of the same figures, keyed alike
	 * @return one result per derived indicator and region it is computed for, in dependency order
	 */
	public List<Computed> compute(String period, Map<String, Operand> observed, Map<String, List<Operand>> others) {
		Map<String, Operand> values = new HashMap<>(observed);
		Lookup lookup = (region, code, p) -> Optional.ofNullable(values.get(key(region, code)));
		List<Computed> results = new ArrayList<>();
		for (CompiledIndicator indicator : this.catalog.inDependencyOrder()) {
			for (String region : (indicator.region() != null) ? List.of(indicator.region()) : this.regions) {
				boolean benchmark = indicator.isBenchmark(region);
				FormulaResult result = benchmark
						? new FormulaResult.Value(indicator.benchmarkValue(), Qualifier.EXACT, List.of(), Set.of())
						: evaluate(indicator.formula(), region, period, lookup, others);
				if (result instanceof FormulaResult.Value value) {
					values.put(key(region, indicator.code()), new Operand(region, indicator.code(), period, value.value(),
							value.qualifier(), value.sources(), value.scope(), value.periodBasis()));
				}
				results.add(new Computed(region, indicator, result, benchmark));
			}
		}
		return results;
	}

	private static FormulaResult evaluate(Formula formula, String region, String period, Lookup preferred,
			Map<String, List<Operand>> others) {
		FormulaResult result = formula.evaluate(region, period, preferred);
		if (others.isEmpty() || !(result instanceof FormulaResult.Value value) || value.sources().size() < 2) {
			return result;
		}
		for (String source : new TreeSet<>(value.sources())) {
			Lookup sameSource = (r, code, p) -> others.getOrDefault(key(r, code), List.of())
				.stream()
				.filter((other) -> other.sources().equals(Set.of(source)))
				.findFirst()
				.or(() -> preferred.find(r, code, p));
			FormulaResult alone = formula.evaluate(region, period, sameSource);
			if (alone instanceof FormulaResult.Value one && one.sources().equals(Set.of(source))) {
				return alone;
			}
		}
		return result;
	}

	/** The key of a value in the maps handed to {@link #compute}. */
	public static String key(String region, String indicator) {
		return region + '\u0000' + indicator;
	}

	/** One derived indicator's result for one region; {@code benchmark} when it is the region's defined value. */
	public record Computed(String region, CompiledIndicator indicator, FormulaResult result, boolean benchmark) {
	}

}
