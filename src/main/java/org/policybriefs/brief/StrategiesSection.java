package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;

import org.springframework.stereotype.Component;

/**
 * The strategies side by side, in the source's own terms: each region's strategy, main lever and
 * binding constraint, and the anxiety it answers where regions.csv gives one for every region (a
 * column that would be mostly empty is left out).
 */
public record StrategiesSection(String id, String title, String lead, List<Row> rows, boolean anxieties)
		implements Section {

	/** One region's strategy; {@code term} is the source's own term, quoted. */
	public record Row(RegionView region, String term, boolean own) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			List<Row> rows = brief.regions()
				.stream()
				.map((region) -> new Row(region, words.get("strategy.term", region.strategy()),
						region == brief.focus()))
				.toList();
			boolean anxieties = rows.stream().allMatch((row) -> !row.region().anxiety().isEmpty());
			return Optional.of(new StrategiesSection("strategies", words.get("section.strategies"),
					words.get("strategies.lead"), rows, anxieties));
		}

	}

}
