package org.policybriefs.indicators;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders derived indicators so that each comes after the derived indicators it uses, keeping file
 * order wherever dependencies allow, and refuses cycles naming their path.
 */
final class DependencyOrder {

	private final String fileName;

	private final Map<String, CompiledIndicator> byCode = new LinkedHashMap<>();

	DependencyOrder(String fileName, List<CompiledIndicator> indicators) {
		this.fileName = fileName;
		indicators.forEach((indicator) -> this.byCode.put(indicator.code(), indicator));
	}

	List<CompiledIndicator> sorted() {
		Set<String> finished = new HashSet<>();
		for (String code : this.byCode.keySet()) {
			visit(code, new ArrayDeque<>(), finished);
		}
		List<CompiledIndicator> pending = new ArrayList<>(this.byCode.values());
		List<CompiledIndicator> ordered = new ArrayList<>();
		Set<String> done = new HashSet<>();
		// Taking the first ready one each time keeps the author's order wherever dependencies allow.
		while (!pending.isEmpty()) {
			CompiledIndicator next = pending.stream()
				.filter((indicator) -> done.containsAll(dependencies(indicator)))
				.findFirst()
				.orElseThrow();
			pending.remove(next);
			ordered.add(next);
			done.add(next.code());
		}
		return ordered;
	}

	/** Depth-first search in file order; meeting a code that is still on the path closes a cycle. */
	private void visit(String code, Deque<String> path, Set<String> finished) {
		if (finished.contains(code)) {
			return;
		}
		if (path.contains(code)) {
			List<String> cycle = new ArrayList<>();
			path.descendingIterator().forEachRemaining(cycle::add);
			cycle = new ArrayList<>(cycle.subList(cycle.indexOf(code), cycle.size()));
			cycle.add(code);
			throw new CatalogException(this.fileName, this.byCode.get(code).line(),
					"cycle: " + String.join(" → ", cycle));
		}
		path.push(code);
		for (String dependency : dependencies(this.byCode.get(code))) {
			visit(dependency, path, finished);
		}
		path.pop();
		finished.add(code);
	}

	/** The derived indicators a formula uses; observed ones need no ordering. */
	private Set<String> dependencies(CompiledIndicator indicator) {
		return indicator.formula()
			.indicatorCodes()
			.stream()
			.filter(this.byCode::containsKey)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
