package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;

import org.springframework.stereotype.Component;

/**
 * Each region's own figures: everything it states that is not in the side-by-side matrix, one
 * row per figure with what it covers. A regional brief lists its own region only. The legend
 * explains the marks of figures changed since the previous edition, when there are any.
 */
public record SignaturesSection(String id, String title, String lead, List<RegionFigures> regions,
		String changeLegend) implements Section {

	/** A region's figures; {@code term} is its strategy in the source's term, quoted. */
	public record RegionFigures(RegionView region, String term, List<Fact> facts) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			List<RegionView> regions = brief.regional() ? List.of(brief.focus()) : brief.regions();
			List<RegionFigures> figures = regions.stream()
				.map((region) -> new RegionFigures(region, words.get("strategy.term", region.strategy()),
						brief.facts().of(region)
							.stream()
							.filter((fact) -> !brief.facts().comparable().containsKey(fact.indicator()))
							.toList()))
				.filter((region) -> !region.facts().isEmpty())
				.toList();
			if (figures.isEmpty()) {
				return Optional.empty();
			}
			String lead = brief.facts().comparable().isEmpty() ? words.get("signatures.leadNoComparison")
					: words.get("signatures.lead");
			String title = brief.regional() ? words.get("section.signatures.regional", brief.focus().name())
					: words.get("section.signatures");
			return Optional.of(new SignaturesSection("signatures", title, lead, figures, brief.changeLegend()));
		}

	}

}
