package org.policybriefs.render.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "What changed since the previous edition", right after the contents: the revised figures old →
 * new with the relative change, figures added and removed, regions and indicators that appeared or
 * disappeared; "No change since …" when nothing changed. Absent in a first edition.
 *
 * @param unchanged the sentence for an edition with no change, or empty
 * @param lines one sentence per change, in the brief's language
 */
public record ChangesSection(String id, String title, String unchanged, List<String> lines) implements Section {

	/** Most changes a brief lists; the rest are counted and left to changes.csv. */
	static final int LISTED = 12;

	@Component
	@Order(220)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			EditionChanges all = brief.data().changes();
			if (all == null || all.isFirstEdition()) {
				return Optional.empty();
			}
			EditionChanges changes = all.forRegions(brief.regional() ? Set.of(brief.focus().code()) : null);
			BriefWords words = brief.words();
			String since = brief.dateText(all.from());
			if (changes.isUnchanged()) {
				return Optional.of(new ChangesSection("changes", words.get("section.changes", since),
						words.get("changes.none", since), List.of()));
			}
			List<String> lines = new ArrayList<>();
			changes.addedRegions().forEach((code) -> lines.add(words.get("changes.regionAdded", brief.regionName(code))));
			changes.removedRegions().forEach((code) -> lines.add(words.get("changes.regionRemoved", code)));
			changes.addedIndicators()
				.forEach((code) -> lines.add(words.get("changes.indicatorAdded", brief.indicatorName(code))));
			changes.removedIndicators().forEach((code) -> lines.add(words.get("changes.indicatorRemoved", code)));
			List<Change> largest = changes.largest(LISTED);
			for (Change change : largest) {
				lines.add(line(change, brief));
			}
			if (changes.changes().size() > largest.size()) {
				lines.add(words.get("changes.more", changes.changes().size() - largest.size()));
			}
			return Optional.of(new ChangesSection("changes", words.get("section.changes", since), "", lines));
		}

		private static String line(Change change, BriefContext brief) {
			BriefWords words = brief.words();
			String what = words.get("changes.what", brief.regionName(change.region()),
					brief.indicatorName(change.indicator()), change.period());
			String derived = IndicatorValue.DERIVED.equals(change.kind()) ? words.get("changes.derived") : "";
			return switch (change.change()) {
				case ADDED -> words.get("changes.added", what, value(change.newValue(), change.newQualifier(), change, brief))
						+ derived;
				case REMOVED -> words.get("changes.removed", what,
						value(change.oldValue(), change.oldQualifier(), change, brief)) + derived;
				case REVISED -> words.get("changes.revised", what,
						value(change.oldValue(), change.oldQualifier(), change, brief),
						value(change.newValue(), change.newQualifier(), change, brief),
						(change.relativeChange() != null)
								? words.get("changes.relative", percent(change.relativeChange(), brief)) : "") + derived;
				case QUALIFIER -> words.get("changes.qualifier", what,
						value(change.oldValue(), change.oldQualifier(), change, brief),
						value(change.newValue(), change.newQualifier(), change, brief)) + derived;
				case RESTATED -> words.get("changes.restated", what, String.join(", ", change.oldSources()),
						String.join(", ", change.newSources())) + derived;
			};
		}

		private static String value(Double number, String qualifier, Change change, BriefContext brief) {
			IndicatorDefinition indicator = brief.indicators().get(change.indicator());
			int decimals = (indicator != null) ? indicator.decimals() : 2;
			String unit = (indicator != null) ? indicator.unit() : change.unit();
			ValueFormatter.Shown shown = brief.format()
				.value(number, Qualifier.fromSymbol(qualifier).orElse(Qualifier.EXACT), decimals, unit);
			return brief.quantity(shown.text(), shown.unit(), change.indicator());
		}

		private static String percent(double relative, BriefContext brief) {
			return ((relative > 0) ? "+" : "") + brief.format().number(relative * 100, 1) + "%";
		}

	}

}
