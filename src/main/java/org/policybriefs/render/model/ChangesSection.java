package org.policybriefs.render.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;

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
			changes.removedRegions().forEach((code) -> lines.add(words.get("changes.regionRemoved", brief.regionName(code))));
			changes.addedIndicators()
				.forEach((code) -> lines.add(words.get("changes.indicatorAdded", brief.indicatorName(code))));
			changes.removedIndicators()
				.forEach((code) -> lines.add(words.get("changes.indicatorRemoved", brief.indicatorName(code))));
			List<Change> largest = changes.largest(LISTED);
			ChangeWording wording = new ChangeWording(words, brief::regionName, brief.indicators()::get);
			for (Change change : largest) {
				lines.add(wording.line(change));
			}
			if (changes.changes().size() > largest.size()) {
				lines.add(words.get("changes.more", changes.changes().size() - largest.size()));
			}
			return Optional.of(new ChangesSection("changes", words.get("section.changes", since), "", lines));
		}

	}

}
