package org.policybriefs.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the checks of evidence.yml on a run's observed figures. A rule is run once per value of its
 * subject (each region that has it, each source that gives it); the other figures come from the
 * same source when it gives them, else they are the preferred value, of the same period or else
 * the latest period before it. A check whose figures are not all there is not run. A bound ("more
 * than 2.8") counts as its number: the check asks whether the numbers the sources print fit.
 */
final class Checks {

	/** The role of each figure that a parts-exceed-whole check adds up. */
	static final String PARTS = "parts";

	private final List<Figure> figures;

	private final Map<String, Figure> preferred;

	private final Set<String> regions;

	/**
	 * @param preferred the preferred figure of each key ({@link Figure#key()})
	 * @param regions the regions compared (level region), which {@code *} stands for
	 */
	Checks(Collection<Figure> figures, Map<String, Figure> preferred, Set<String> regions) {
		this.figures = List.copyOf(figures);
		this.preferred = preferred;
		this.regions = regions;
	}

	List<CheckResult> run(List<CheckRule> rules) {
		List<CheckResult> results = new ArrayList<>();
		for (CheckRule rule : rules) {
			String subject = rule.figures().get(rule.subject());
			String subjectRegion = CheckRule.region(subject);
			this.figures.stream()
				.filter((f) -> f.indicator().equals(CheckRule.indicator(subject)))
				.filter((f) -> "*".equals(subjectRegion) ? this.regions.contains(f.region()) : f.region().equals(subjectRegion))
				.sorted(Comparator.comparingLong(Figure::line))
				.forEach((figure) -> run(rule, figure).ifPresent(results::add));
		}
		return results;
	}

	private Optional<CheckResult> run(CheckRule rule, Figure subject) {
		List<CheckResult.Compared> compared = new ArrayList<>();
		compared.add(new CheckResult.Compared(rule.subject(), subject));
		for (Map.Entry<String, String> role : rule.figures().entrySet()) {
			if (!role.getKey().equals(rule.subject())) {
				Optional<Figure> figure = find(role.getValue(), subject);
				if (figure.isEmpty()) {
					return Optional.empty();
				}
				compared.add(new CheckResult.Compared(role.getKey(), figure.get()));
			}
		}
		for (String part : rule.parts()) {
			Optional<Figure> figure = find(part, subject);
			figure.ifPresent((f) -> compared.add(new CheckResult.Compared(PARTS, f)));
		}
		Outcome outcome = switch (rule.kind()) {
			case CheckRule.SHARE_OF_TOTAL -> shareOfTotal(rule, compared);
			case CheckRule.STATED_RATIO -> statedRatio(rule, compared);
			case CheckRule.PARTS_EXCEED_WHOLE -> partsExceedWhole(rule, compared);
			default -> range(rule, subject);
		};
		if (outcome == null) {
			return Optional.empty();
		}
		return Optional.of(new CheckResult(rule.id(), rule.kind(), subject.region(), subject.period(), outcome.passed(),
				compared, outcome.arithmetic(), rule.en(), rule.zh()));
	}

	private record Outcome(boolean passed, String arithmetic) {
	}

	/** The stated share against part ÷ total × 100. */
	private static Outcome shareOfTotal(CheckRule rule, List<CheckResult.Compared> compared) {
		double share = compared.get(0).figure().value();
		double part = compared.get(1).figure().value();
		double total = compared.get(2).figure().value();
		if (total == 0) {
			return null;
		}
		double implied = part / total * 100;
		boolean passed = Preference.agree(share, implied, rule.tolerance());
		String relation = passed ? " ≈ " : " ≠ ";
		return new Outcome(passed, Numbers.plain(part) + " ÷ " + Numbers.plain(total) + " × 100 = " + Numbers.plain(implied)
				+ "%" + relation + Numbers.plain(share) + "% · " + Numbers.plain(total) + " × " + Numbers.plain(share)
				+ "% = " + Numbers.plain(share * total / 100) + relation + Numbers.plain(part));
	}

	/** The stated ratio against numerator ÷ denominator; a stated bound ("more than three times") fails only on its wrong side. */
	private static Outcome statedRatio(CheckRule rule, List<CheckResult.Compared> compared) {
		Figure ratio = compared.get(0).figure();
		double numerator = compared.get(1).figure().value();
		double denominator = compared.get(2).figure().value();
		if (denominator == 0) {
			return null;
		}
		double implied = numerator / denominator;
		double stated = ratio.value();
		boolean passed;
		String relation;
		switch (ratio.qualifier()) {
			case ">", ">=" -> {
				passed = implied >= stated * (1 - rule.tolerance());
				relation = passed ? " ≥ " : " < ";
			}
			case "<", "<=" -> {
				passed = implied <= stated * (1 + rule.tolerance());
				relation = passed ? " ≤ " : " > ";
			}
			default -> {
				passed = Preference.agree(stated, implied, rule.tolerance());
				relation = passed ? " ≈ " : " ≠ ";
			}
		}
		return new Outcome(passed, Numbers.plain(numerator) + " ÷ " + Numbers.plain(denominator) + " = "
				+ Numbers.plain(implied) + relation + Numbers.plain(stated));
	}

	private static Outcome partsExceedWhole(CheckRule rule, List<CheckResult.Compared> compared) {
		double whole = compared.get(0).figure().value();
		List<Figure> parts = compared.subList(1, compared.size()).stream().map(CheckResult.Compared::figure).toList();
		if (parts.isEmpty()) {
			return null;
		}
		double sum = parts.stream().mapToDouble(Figure::value).sum();
		boolean passed = sum <= whole * (1 + rule.tolerance());
		return new Outcome(passed, String.join(" + ", parts.stream().map((p) -> Numbers.plain(p.value())).toList())
				+ " = " + Numbers.plain(sum) + (passed ? " ≤ " : " > ") + Numbers.plain(whole));
	}

	private static Outcome range(CheckRule rule, Figure figure) {
		double value = figure.value();
		boolean passed = (rule.min() == null || value >= rule.min()) && (rule.max() == null || value <= rule.max());
		String bounds = "[" + ((rule.min() != null) ? Numbers.plain(rule.min()) : "…") + ", "
				+ ((rule.max() != null) ? Numbers.plain(rule.max()) : "…") + "]";
		return new Outcome(passed, Numbers.plain(value) + (passed ? " ∈ " : " ∉ ") + bounds);
	}

	/** The figure a role names for this subject: the same source's if it gives one, else the preferred; this period or the latest before. */
	private Optional<Figure> find(String reference, Figure subject) {
		String region = "*".equals(CheckRule.region(reference)) ? subject.region() : CheckRule.region(reference);
		String indicator = CheckRule.indicator(reference);
		List<Figure> candidates = this.figures.stream()
			.filter((f) -> f.region().equals(region) && f.indicator().equals(indicator))
			.filter((f) -> f.period().compareTo(subject.period()) <= 0)
			.toList();
		Optional<String> period = candidates.stream().map(Figure::period).filter(subject.period()::equals).findFirst()
			.or(() -> candidates.stream().map(Figure::period).max(Comparator.naturalOrder()));
		if (period.isEmpty()) {
			return Optional.empty();
		}
		Optional<Figure> sameSource = candidates.stream()
			.filter((f) -> f.period().equals(period.get()) && f.source().equals(subject.source()))
			.findFirst();
		return sameSource.or(() -> Optional.ofNullable(this.preferred.get(region + "/" + indicator + "/" + period.get())));
	}

}
