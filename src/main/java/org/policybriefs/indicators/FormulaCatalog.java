package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.HashMap;
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
	 * @throws CatalogException naming every formula refused, each at its line, not only the first
	 */
	public static FormulaCatalog compile(String fileName, List<DerivedDefinition> derived,
			Set<String> allIndicatorCodes, Set<String> regionCodes) {
		return compile(fileName, derived, allIndicatorCodes, regionCodes, NotLoaded.NONE);
	}

	/**
	 * The same, told which codes the input has only in rejected rows, so that a formula naming one
	 * says to correct that row rather than calling the code unknown.
	 */
	public static FormulaCatalog compile(String fileName, List<DerivedDefinition> derived,
			Set<String> allIndicatorCodes, Set<String> regionCodes, NotLoaded notLoaded) {
		Set<String> known = new HashSet<>(allIndicatorCodes);
		derived.forEach((definition) -> known.add(definition.code()));
		Map<String, CompiledIndicator> compiled = new LinkedHashMap<>();
		List<CatalogException.Problem> problems = new ArrayList<>();
		Map<String, Integer> declared = new HashMap<>();
		for (DerivedDefinition definition : derived) {
			Integer first = declared.putIfAbsent(definition.code(), definition.line());
			if (first != null) {
				problems.add(new CatalogException.Problem(definition.line(),
						"derived indicator " + definition.code() + " is declared twice (first on line " + first + ")"));
				continue;
			}
			String problem = problemWith(definition, known, regionCodes, notLoaded, compiled);
			if (problem != null) {
				problems.add(new CatalogException.Problem(definition.line(),
						"formula of " + definition.code() + ": " + problem));
			}
			for (String region : java.util.Arrays.asList(definition.region(), definition.benchmarkRegion())) {
				if (region != null && !regionCodes.contains(region)) {
					problems.add(new CatalogException.Problem(definition.line(),
							"derived indicator " + definition.code() + " names unknown region " + region));
				}
			}
		}
		List<CompiledIndicator> ordered = List.of();
		try {
			ordered = new DependencyOrder(fileName, new ArrayList<>(compiled.values())).sorted();
		}
		catch (CatalogException ex) {
			problems.addAll(ex.problems());
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(CatalogException.Problem::line));
			throw new CatalogException(fileName, problems);
		}
		return new FormulaCatalog(ordered);
	}

	/** What is wrong with a definition's formula, or {@code null} when it compiles (and is then added). */
	private static String problemWith(DerivedDefinition definition, Set<String> known, Set<String> regionCodes,
			NotLoaded notLoaded, Map<String, CompiledIndicator> compiled) {
		Formula formula;
		try {
			formula = Formula.parse(definition.formula());
		}
		catch (FormulaException ex) {
			return ex.getMessage();
		}
		for (Reference reference : formula.references()) {
			String problem = problemWith(reference, definition.code(), known, regionCodes, notLoaded);
			if (problem != null) {
				return problem;
			}
		}
		compiled.put(definition.code(), new CompiledIndicator(definition.code(), formula, definition.line(),
				definition.region(), definition.benchmarkRegion(), definition.benchmarkValue()));
		return null;
	}

	private static String problemWith(Reference reference, String code, Set<String> known, Set<String> regionCodes,
			NotLoaded notLoaded) {
		if (reference.indicator().equals(code)) {
			// Also for BJ.code: computing code for BJ would need code for BJ first.
			return "self-reference: " + code + " uses " + reference.text();
		}
		if (!known.contains(reference.indicator())) {
			return notLoaded.indicators().contains(reference.indicator())
					? "indicator " + reference.indicator() + " was not loaded: its rows in indicators.csv were rejected"
							+ " (see the rejected rows); correct them"
					: "unknown indicator code " + reference.indicator();
		}
		if (reference.region() != null && !regionCodes.contains(reference.region())) {
			return notLoaded.regions().contains(reference.region())
					? "region " + reference.region() + " in " + reference.text() + " was not loaded: its rows in"
							+ " regions.csv were rejected (see the rejected rows); correct them"
					: "unknown region " + reference.region() + " in " + reference.text();
		}
		return null;
	}

	/**
	 * Codes that the input has only in rejected rows (every copy of a conflicting duplicate, say).
	 * @param indicators indicator codes of indicators.csv
	 * @param regions region codes of regions.csv
	 */
	public record NotLoaded(Set<String> indicators, Set<String> regions) {

		static final NotLoaded NONE = new NotLoaded(Set.of(), Set.of());

	}

	/** The derived indicators, each after the derived indicators its formula uses, otherwise in file order. */
	public List<CompiledIndicator> inDependencyOrder() {
		return this.ordered;
	}

}
