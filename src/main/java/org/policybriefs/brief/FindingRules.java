package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.Quotient;
import org.policybriefs.indicators.RegionComparison;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;

/**
 * The rules of {@code templates/findings.yml}, applied to one brief. Each rule reads only the
 * brief's facts and regions.csv, never a region or indicator by its code; a rule without data
 * makes no statement. In a regional brief every rule speaks of the brief's own region.
 */
final class FindingRules {

	private final BriefContext brief;

	private final BriefWords words;

	private final BriefLanguage language;

	private final BriefFacts facts;

	FindingRules(BriefContext brief) {
		this.brief = brief;
		this.words = brief.words();
		this.language = brief.language();
		this.facts = brief.facts();
	}

	List<Statement> apply(FindingsCatalog.Rule rule) {
		return switch (rule.kind()) {
			case "strategies" -> strategies(rule);
			case "headline" -> headlines(rule);
			case "largest-ratio" -> ratios(rule);
			case "ranks-first" -> ranksFirst(rule);
			case "against-benchmark" -> againstBenchmark(rule);
			case "evidence" -> evidence(rule);
			default -> throw new IllegalStateException("No finding rule " + rule.kind());
		};
	}

	/** The regions a statement may be about: the brief's own, or every region of the comparative brief. */
	private List<RegionView> subjects() {
		return this.brief.regional() ? List.of(this.brief.focus()) : this.brief.regions();
	}

	private List<Statement> strategies(FindingsCatalog.Rule rule) {
		if (this.brief.regional()) {
			RegionView focus = this.brief.focus();
			List<String> others = this.brief.others()
				.stream()
				.map((region) -> this.words.get(rule.message() + ".other", region.name(), term(region)))
				.toList();
			String text = focus.lever().isEmpty()
					? this.words.get(rule.message() + ".regionalNoLever", term(focus), this.language.names(others))
					: this.words.get(rule.message() + ".regional", term(focus), inSentence(focus.lever()),
							this.language.names(others));
			return List.of(new Statement(focus.name(), text, List.of(), List.of(focus.code()), List.of()));
		}
		List<String> items = new ArrayList<>();
		for (RegionView region : this.brief.regions()) {
			items.add(region.lever().isEmpty() ? this.words.get(rule.message() + ".itemNoLever", region.name(), term(region))
					: this.words.get(rule.message() + ".item", region.name(), term(region), inSentence(region.lever())));
		}
		return List.of(new Statement(this.words.get(rule.message() + ".lead"), sentences(items), List.of(),
				this.brief.regions().stream().map(RegionView::code).toList(), List.of()));
	}

	private List<Statement> headlines(FindingsCatalog.Rule rule) {
		List<Statement> statements = new ArrayList<>();
		for (RegionView region : subjects()) {
			List<Fact> own = new ArrayList<>();
			this.facts.find(region.code(), region.headline()).filter((fact) -> !fact.derived()).ifPresent(own::add);
			this.facts.of(region).stream().filter((fact) -> !fact.derived() && !own.contains(fact)).forEach(own::add);
			List<Fact> stated = own.stream().skip(rule.skip()).limit(rule.figures()).toList();
			if (stated.isEmpty()) {
				continue;
			}
			List<String> items = new ArrayList<>();
			for (Fact fact : stated) {
				items.add(items.isEmpty() ? item(fact) : inSentence(item(fact)));
			}
			String figures = String.join(this.words.get("list.semicolon"), items);
			String text;
			if (!rule.strategy()) {
				text = this.words.get(rule.message(), figures);
			}
			else {
				// the strategy's name opens the sentence, as the source capitalises it
				String term = this.words.get("strategy.term", region.strategy());
				text = region.lever().isEmpty() ? this.words.get(rule.message() + ".strategy", term, figures)
						: this.words.get(rule.message() + ".strategyLever", term, inSentence(region.lever()), figures);
			}
			statements.add(new Statement(region.name(), text, stated, List.of(region.code()),
					stated.stream().map(FindingRules::valueOrigin).toList()));
		}
		return statements;
	}

	private List<Statement> ratios(FindingsCatalog.Rule rule) {
		record Pair(Fact high, Fact low, double ratio) {
		}
		List<Pair> pairs = new ArrayList<>();
		for (List<Fact> row : this.facts.comparable().values()) {
			List<Fact> positive = row.stream().filter((fact) -> fact.value().value() > 0).toList();
			if (positive.size() < 2) {
				continue;
			}
			Fact high = positive.stream().max(Comparator.comparing((Fact fact) -> fact.value().value())).orElseThrow();
			Fact low = positive.stream().min(Comparator.comparing((Fact fact) -> fact.value().value())).orElseThrow();
			if (this.brief.regional() && high.region() != this.brief.focus() && low.region() != this.brief.focus()) {
				continue;
			}
			pairs.add(new Pair(high, low, high.value().value() / low.value().value()));
		}
		pairs.sort(Comparator.comparing(Pair::ratio).reversed());
		List<Statement> statements = new ArrayList<>();
		for (Pair pair : pairs) {
			Qualifier qualifier = Quotient.qualifier(pair.high().value().value(), qualifier(pair.high()),
					pair.low().value().value(), qualifier(pair.low()));
			ValueFormatter.Shown ratio = this.language.format().value(pair.ratio(), qualifier, 1, "×");
			String times = this.words.get(BriefLanguage.proseKey(ratio.qualifier()),
					this.language.quantity(ratio.number(), ratio.unit(), ""));
			String text = this.words.get(rule.message(), pair.high().region().name(), pair.high().prose(), times,
					pair.low().region().name(), pair.low().prose());
			statements.add(new Statement(pair.high().name(), text, List.of(pair.high(), pair.low()),
					List.of(pair.high().region().code(), pair.low().region().code()),
					List.of(valueOrigin(pair.high()), valueOrigin(pair.low()),
							"ratio:" + key(pair.high()) + ":" + key(pair.low()))));
		}
		return statements;
	}

	private List<Statement> ranksFirst(FindingsCatalog.Rule rule) {
		List<Statement> statements = new ArrayList<>();
		for (Map.Entry<String, List<Fact>> row : this.facts.comparable().entrySet()) {
			Map<String, RegionComparison.Standing> standings = this.brief.data().standings().get(row.getKey());
			for (Fact fact : row.getValue()) {
				RegionComparison.Standing standing = (standings != null) ? standings.get(fact.region().code()) : null;
				if (standing == null || standing.rank() != 1 || standing.ranked() < 2
						|| !subjects().contains(fact.region())) {
					continue;
				}
				statements.add(new Statement(fact.region().name(),
						this.words.get(rule.message(), standing.ranked(), inSentence(fact.name()), fact.prose()), List.of(fact),
						List.of(fact.region().code()),
						List.of(valueOrigin(fact), "rank:" + standing.ranked() + ":" + fact.indicator())));
			}
		}
		return statements;
	}

	private List<Statement> againstBenchmark(FindingsCatalog.Rule rule) {
		List<Statement> statements = new ArrayList<>();
		for (RegionView region : subjects()) {
			for (Fact fact : this.facts.of(region)) {
				IndicatorDefinition indicator = this.brief.indicator(fact.indicator());
				if (indicator.benchmarkRegion().isEmpty() || fact.benchmark() || indicator.benchmarkValue() == null) {
					continue;
				}
				String benchmark = this.language.format()
					.value(indicator.benchmarkValue(), Qualifier.EXACT, indicator.decimals(), indicator.unit())
					.text();
				statements.add(new Statement(region.name(), this.words.get(rule.message(), item(fact), benchmark,
						this.language.regionName(indicator.benchmarkRegion())), List.of(fact), List.of(region.code()),
						List.of(valueOrigin(fact), "benchmark:" + fact.indicator())));
			}
		}
		return statements;
	}

	private List<Statement> evidence(FindingsCatalog.Rule rule) {
		List<Fact> observed = this.facts.all()
			.stream()
			.filter((fact) -> !fact.derived() && subjects().contains(fact.region()))
			.toList();
		if (observed.isEmpty()) {
			return List.of();
		}
		long scoped = observed.stream().filter(Fact::narrowerThanRegion).count();
		long assumed = observed.stream().filter(Fact::periodAssumed).count();
		String comparison = this.facts.comparable().isEmpty() ? this.words.get(rule.message() + ".noComparison")
				: this.words.get(rule.message() + ".comparison", this.facts.comparable().size());
		List<String> numbers = new ArrayList<>();
		if (!this.facts.comparable().isEmpty()) {
			numbers.add("count:comparable:" + (this.brief.regional() ? this.brief.focus().code() : "all"));
		}
		// a statement about the evidence, not about the region: led as such in a regional brief too
		String lead = this.words.get(rule.message() + ".lead");
		String text = sentences(List.of(this.words.get(rule.message() + ".scoped." + share(scoped, observed.size())),
				this.words.get(rule.message() + ".assumed." + share(assumed, observed.size())), comparison)
			.stream()
			.filter((sentence) -> !sentence.isBlank())
			.toList());
		return List.of(new Statement(lead, text, List.of(), subjects().stream().map(RegionView::code).toList(),
				numbers));
	}

	/** Sentences one after another: a space between English ones, none between Chinese ones (。 ends them). */
	private String sentences(List<String> sentences) {
		return String.join(this.words.chinese() ? "" : " ", sentences);
	}

	/** How many of all: {@code most} (more than half), {@code some} or {@code none}. */
	private static String share(long part, long all) {
		return (part * 2 > all) ? "most" : (part > 0) ? "some" : "none";
	}

	/** A fact as one item of a finding: "AI companies, Zhangjiang Science City: more than 2,000". */
	private String item(Fact fact) {
		return fact.wholeRegion() ? this.words.get("finding.item", fact.name(), fact.prose())
				: this.words.get("finding.item.scoped", fact.name(), fact.prose(), this.language.inParentheses(fact.scope()));
	}

	private String term(RegionView region) {
		return this.language.term(region);
	}

	private String inSentence(String label) {
		return this.language.inSentence(label);
	}

	private static Qualifier qualifier(Fact fact) {
		return Qualifier.fromSymbol(fact.value().qualifier()).orElse(Qualifier.EXACT);
	}

	private static String key(Fact fact) {
		return fact.region().code() + "/" + fact.indicator();
	}

	private static String valueOrigin(Fact fact) {
		return "value:" + key(fact);
	}

}
