package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;

import org.springframework.stereotype.Component;

/**
 * "What changed since the previous edition", right after the key takeaways: the revised figures
 * old → new with the relative change, figures added and removed, regions and indicators that
 * appeared or disappeared, findings that appeared or disappeared (the rules of findings.yml applied
 * to the previous edition's values); "No change since …" when nothing changed. Absent in a first
 * edition. The tables mark the changed figures (see {@link Fact#change()}).
 *
 * @param unchanged the sentence for an edition with no change, or empty
 * @param lines one sentence per region or indicator that appeared or disappeared and per finding
 * that appeared or disappeared, in the brief's language
 * @param figures one sentence per changed figure, the largest first
 * @param more how many changed figures there are beyond those listed
 */
public record ChangesSection(String id, String title, String unchanged, List<String> lines, List<String> figures,
		int more) implements Section {

	/** Most changes a brief lists; the rest are counted and left to changes.csv. */
	static final int LISTED = 12;

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			EditionChanges all = brief.data().changes();
			if (all == null || all.isFirstEdition()) {
				return Optional.empty();
			}
			EditionChanges changes = all.forRegions(brief.regional() ? Set.of(brief.focus().code()) : null);
			BriefWords words = brief.words();
			BriefLanguage language = brief.language();
			String since = language.dateText(all.from());
			if (changes.isUnchanged()) {
				return Optional.of(new ChangesSection("changes", words.get("section.changes", since),
						words.get("changes.none", since), List.of(), List.of(), 0));
			}
			List<String> lines = new ArrayList<>();
			changes.addedRegions().forEach((code) -> lines.add(words.get("changes.regionAdded", language.regionName(code))));
			changes.removedRegions().forEach((code) -> lines.add(words.get("changes.regionRemoved", language.regionName(code))));
			changes.addedIndicators()
				.forEach((code) -> lines.add(words.get("changes.indicatorAdded", language.indicatorName(code))));
			changes.removedIndicators()
				.forEach((code) -> lines.add(words.get("changes.indicatorRemoved", language.indicatorName(code))));
			lines.addAll(findings(brief));
			List<Change> largest = changes.largest(LISTED);
			ChangeWording wording = new ChangeWording(words, language::regionName, brief.indicators()::get);
			List<String> figures = largest.stream().map(wording::line).toList();
			return Optional.of(new ChangesSection("changes", words.get("section.changes", since), "", lines, figures,
					changes.changes().size() - largest.size()));
		}

		/** The findings that appeared since the previous edition, then those that disappeared, each in full. */
		private static List<String> findings(BriefContext brief) {
			Optional<BriefContext> previous = brief.previousEdition();
			if (previous.isEmpty()) {
				return List.of();
			}
			List<Statement> now = brief.catalogs().findings().takeaways(brief);
			List<Statement> before = brief.catalogs().findings().takeaways(previous.get());
			Set<String> nowIds = now.stream().map(Statement::identity).collect(Collectors.toSet());
			Set<String> beforeIds = before.stream().map(Statement::identity).collect(Collectors.toSet());
			BriefWords words = brief.words();
			List<String> lines = new ArrayList<>();
			now.stream()
				.filter((statement) -> !beforeIds.contains(statement.identity()))
				.forEach((statement) -> lines.add(words.get("changes.findingAdded", sentence(words, statement))));
			before.stream()
				.filter((statement) -> !nowIds.contains(statement.identity()))
				.forEach((statement) -> lines.add(words.get("changes.findingRemoved", sentence(words, statement))));
			return lines;
		}

		private static String sentence(BriefWords words, Statement statement) {
			return statement.lead().isEmpty() ? statement.text()
					: words.get("finding.lead", statement.lead()) + statement.text();
		}

	}

}
