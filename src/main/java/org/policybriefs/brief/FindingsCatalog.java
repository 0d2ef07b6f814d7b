package org.policybriefs.brief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a brief opens with, as {@code templates/findings.yml} declares them: rules over
 * the data, in order, and the most a brief shows. The rules themselves are in
 * {@link FindingRules}; this class reads and checks the catalog.
 */
public final class FindingsCatalog {

	static final String FILE = "findings.yml";

	static final Set<String> RULES = Set.of("strategies", "headline", "largest-ratio", "ranks-first",
			"against-benchmark", "evidence");

	/**
	 * One rule of the catalog.
	 *
	 * @param kind which rule
	 * @param message the message key of its words (default {@code finding.<kind>})
	 * @param count the most statements it makes (0: no limit)
	 * @param figures for {@code headline}: figures per statement
	 * @param skip for {@code headline}: figures of the region left for an earlier statement
	 * @param strategy for {@code headline}: the statement opens with the region's strategy and lever
	 */
	record Rule(String kind, String message, int count, int figures, int skip, boolean strategy) {
	}

	private final int most;

	private final List<Rule> rules;

	FindingsCatalog(int most, List<Rule> rules) {
		this.most = most;
		this.rules = List.copyOf(rules);
	}

	static FindingsCatalog read(Path templates) {
		CatalogFile file = CatalogFile.read(templates.resolve(FILE));
		Map<String, Object> takeaways = file.mapping(file.root(), "takeaways", "top level");
		int most = file.number(takeaways, "most", 5, "takeaways");
		List<Rule> rules = new ArrayList<>();
		List<Map<String, Object>> entries = file.entries(takeaways, "rules", "takeaways");
		for (int i = 0; i < entries.size(); i++) {
			Map<String, Object> entry = entries.get(i);
			String where = "takeaways, rule " + (i + 1);
			String kind = file.text(entry, "rule", null, where);
			if (!RULES.contains(kind)) {
				throw file.problem(where, "unknown rule '" + kind + "'; the rules are " + String.join(", ",
						RULES.stream().sorted().toList()));
			}
			rules.add(new Rule(kind, file.text(entry, "message", "finding." + kind, where),
					file.number(entry, "count", 0, where), file.number(entry, "figures", 3, where),
					file.number(entry, "skip", 0, where), file.flag(entry, "strategy", false, where)));
		}
		return new FindingsCatalog(most, rules);
	}

	/** The brief's findings: each rule's statements in order, at most {@code most}. */
	List<Statement> takeaways(BriefContext brief) {
		FindingRules rules = new FindingRules(brief);
		List<Statement> statements = new ArrayList<>();
		for (int i = 0; i < this.rules.size(); i++) {
			Rule rule = this.rules.get(i);
			List<Statement> made = rules.apply(rule);
			for (Statement statement : (rule.count() > 0) ? made.subList(0, Math.min(rule.count(), made.size()))
					: made) {
				if (statements.size() < this.most) {
					statements.add(statement.ofRule(rule.kind() + "#" + (i + 1)));
				}
			}
		}
		return statements;
	}

}
