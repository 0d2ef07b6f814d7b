package org.policybriefs.render.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.render.model.BriefViews.Cell;
import org.policybriefs.render.model.BriefViews.RegionView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The executive summary: a lead paragraph and the findings of {@code templates/findings.ftlh},
 * which read each region's printed values.
 *
 * @param regions the compared regions
 * @param values each region's cell of each indicator, by region code and indicator code
 */
public record SummarySection(String id, String title, String lead, List<RegionView> regions,
		Map<String, Map<String, Cell>> values) implements Section {

	@Component
	@Order(300)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			String lead = brief.regional()
					? words.get("regional.lead", brief.focus().name(), brief.focus().strategy(), brief.others())
					: words.get("summary.lead", brief.regions().size());
			return Optional.of(new SummarySection("summary", words.get("section.summary"), lead, brief.regions(),
					brief.cells()));
		}

	}

}
