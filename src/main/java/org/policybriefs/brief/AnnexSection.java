package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;

import org.springframework.stereotype.Component;

/**
 * The evidence annex, in long format: every figure of the brief with its region, indicator, value,
 * what it covers, its period and where it comes from: the source's words in the original and, in
 * the English brief, their translation; for a derived figure, its formula and the figures it is
 * computed from. The tables and findings link to its rows.
 */
public record AnnexSection(String id, String title, String lead, List<Group> groups) implements Section {

	/** One region's entries. */
	public record Group(RegionView region, List<Entry> entries) {
	}

	/**
	 * One figure's evidence.
	 *
	 * @param covers what it covers: its scope, or the whole region
	 * @param period its period, marked where the brief assumed it
	 * @param inputs for a derived figure, the figures it is computed from that the brief states
	 * @param elsewhere for a derived figure, its inputs that the brief does not state, in words with their values
	 */
	public record Entry(Fact fact, String covers, String period, List<Fact> inputs, List<String> elsewhere) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			List<Group> groups = new ArrayList<>();
			for (RegionView region : brief.regions()) {
				List<Entry> entries = brief.facts().of(region)
					.stream()
					.map((fact) -> new Entry(fact,
							fact.wholeRegion() ? words.get("annex.wholeRegion", region.name()) : fact.scope(),
							fact.periodAssumed() ? words.get("annex.periodAssumed", fact.period()) : fact.period(),
							brief.facts().inputs(fact), brief.facts().inputsStatedElsewhere(fact)))
					.toList();
				if (!entries.isEmpty()) {
					groups.add(new Group(region, entries));
				}
			}
			if (groups.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new AnnexSection("annex", words.get("section.annex"), words.get("annex.lead"), groups));
		}

	}

}
