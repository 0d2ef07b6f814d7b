package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses all derived formulas, checks names and cycles, and orders them so that dependencies come
 * first.
 */
final class FormulaCatalog {

	private final List<CompiledIndicator> ordered;

	private FormulaCatalog(List<CompiledIndicator> ordered) {
		this.ordered = List.copyOf(ordered);
	}

	/**
	 * Compiles the derived indicators of a catalog file.
	 * @param fileName the file name used in messages, such as {@code indicators.csv}
	 * @param derived the derived indicators in file order
	 * @param allIndicatorCodes every indicator code of the catalog, observed and derived
	 * @param regionCodes the region codes a formula may name, as in {@code BJ.code}
	 * @throws CatalogException at the line of the first problem found
	 */
	public static FormulaCatalog compile(String fileName, List<DerivedDefinition> derived,
			Set<String> allIndicatorCodes, Set<String> regionCodes) {
		Set<String> known = new HashSet<>(allIndicatorCodes);
		derived.forEach((definition) -> known.add(definition.code()));
		Map<String, CompiledIndicator> compiled = new LinkedHashMap<>();
		for (DerivedDefinition definition : derived) {
			CompiledIndicator first = compiled.get(definition.code());
			if (first != null) {
				throw new CatalogException(fileName, definition.line(), "derived indicator " + definition.code()
						+ " is declared twice (first on line " + first.line() + ")");
			}
			Formula formula = parse(fileName, definition);
			for (Reference reference : formula.references()) {
				String problem = problemWith(reference, definition.code(), known, regionCodes);
				if (problem != null) {
					throw new CatalogException(fileName, definition.line(),
							"formula of " + definition.code() + ": " + problem);
				}
			}
			for (String region : java.util.Arrays.asList(definition.region(), definition.benchmarkRegion())) {
				if (region != null && !regionCodes.contains(region)) {
					throw new CatalogException(fileName, definition.line(),
							"derived indicator " + definition.code() + " names unknown region " + region);
				}
			}
			compiled.put(definition.code(), new CompiledIndicator(definition.code(), formula, definition.line(),
					definition.region(), definition.benchmarkRegion(), definition.benchmarkValue()));
		}
		return new FormulaCatalog(new DependencyOrder(fileName, new ArrayList<>(compiled.values())).sorted());
	}

	private static Formula parse(String fileName, DerivedDefinition definition) {
		try {
			return Formula.parse(definition.formula());
		}
		catch (FormulaException ex) {
			throw new CatalogException(fileName, definition.line(),
					"formula of " + definition.code() + ": " + ex.getMessage(), ex);
		}
	}

	private static String problemWith(Reference reference, String code, Set<String> known, Set<String> regionCodes) {
		if (reference.indicator().equals(code)) {
			// Also for BJ.code: computing code for BJ would need code for BJ first.
			return "self-reference: " + code + " uses " + reference.text();
		}
		if (!known.contains(reference.indicator())) {
			return "unknown indicator code " + reference.indicator();
		}
		if (reference.region() != null && !regionCodes.contains(reference.region())) {
			return "unknown region " + reference.region() + " in " + reference.text();
		}
		return null;
	}

	/** The derived indicators, each after the derived indicators its formula uses, otherwise in file order. */
	public List<CompiledIndicator> inDependencyOrder() {
		return this.ordered;
	}

}
