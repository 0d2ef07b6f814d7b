package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.ingest.Source;

import org.springframework.stereotype.Component;

/**
 * "About the source" on page 1: how many sources and of what kind, how many figures and how many
 * of them cover less than their region, and where the period was assumed rather than given.
 */
public record AboutSourceSection(String id, String title, List<Item> items) implements Section {

	/** A labelled line of the box. */
	public record Item(String label, String text) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			List<Item> items = new ArrayList<>();
			List<Source> sources = brief.data().sources();
			if (sources.size() == 1) {
				Source source = sources.get(0);
				String publisher = brief.chinese() ? source.attributes().getOrDefault("publisher_zh", source.publisher())
						: source.publisher();
				String dated = source.published().isEmpty() ? words.get("about.undated")
						: words.get("about.dated", brief.language().sourceDateText(source.published()));
				items.add(new Item(words.get("about.source"),
						words.get("about.oneSource", kind(brief, source.kind()), publisher, dated)));
			}
			else {
				Map<String, Integer> kinds = new LinkedHashMap<>();
				sources.forEach((source) -> kinds.merge(source.kind(), 1, Integer::sum));
				// "4 state-media reports": a kind counted more than once in its plural where the bundle has one
				List<String> parts = kinds.entrySet()
					.stream()
					.map((e) -> words.get("about.kindCount", e.getValue(),
							(e.getValue() > 1 && words.has("source.kinds." + e.getKey()))
									? words.get("source.kinds." + e.getKey()) : kind(brief, e.getKey())))
					.toList();
				items.add(new Item(words.get("about.source"),
						words.get("about.sources", sources.size(), brief.language().names(parts))));
			}
			List<Fact> observed = brief.facts().all()
				.stream()
				.filter((fact) -> !fact.derived() && (!brief.regional() || fact.region() == brief.focus()))
				.toList();
			long derived = brief.facts().all()
				.stream()
				.filter((fact) -> fact.derived() && (!brief.regional() || fact.region() == brief.focus()))
				.count();
			long scoped = observed.stream().filter(Fact::narrowerThanRegion).count();
			long assumed = observed.stream().filter(Fact::periodAssumed).count();
			items.add(new Item(words.get("about.figures"),
					words.get("about.figuresText", observed.size(), scoped, derived)));
			items.add(new Item(words.get("about.periods"), (assumed == 0) ? words.get("about.periodsStated")
					: words.get("about.periodsAssumed", observed.size() - assumed, assumed, brief.data().period())));
			items.add(new Item(words.get("about.quotes"), words.get("about.quotesText")));
			return Optional.of(new AboutSourceSection("about", words.get("section.about"), items));
		}

		/** A kind of source as a countable noun ("1 self-media post"); evidence.yml's name where the bundle has none. */
		private static String kind(BriefContext brief, String kind) {
			BriefWords words = brief.words();
			if (kind.isEmpty()) {
				return words.get("source.kind.other");
			}
			return words.getOrDefault("source.kind." + kind, brief.data().evidence().kindName(kind, brief.chinese()));
		}

	}

}
