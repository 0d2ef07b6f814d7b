package org.policybriefs.render.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.render.model.BriefViews.Category;
import org.policybriefs.render.model.BriefViews.Cell;
import org.policybriefs.render.model.BriefViews.RegionView;
import org.policybriefs.render.model.BriefViews.Row;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The indicator comparison: a table per category, a row per indicator that a region reports (in
 * a regional brief: that its region reports), a column per region, the best value marked.
 */
public record ComparisonSection(String id, String title, String lead, List<RegionView> regions,
		List<Category> categories) implements Section {

	@Override
	public List<Anchor> anchors() {
		return this.categories.stream().map((c) -> new Anchor("category-" + c.key(), c.name())).toList();
	}

	@Component
	@Order(500)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			Map<String, List<Row>> rows = new LinkedHashMap<>();
			for (IndicatorDefinition indicator : brief.indicators().values()) {
				List<Cell> cells = new ArrayList<>();
				for (RegionView region : brief.regions()) {
					cells.add(brief.cells().get(region.code()).get(indicator.code()));
				}
				boolean shown = brief.regional()
						? !brief.cells().get(brief.focus().code()).get(indicator.code()).missing()
						: cells.stream().anyMatch((cell) -> !cell.missing());
				if (shown) {
					String description = indicator.attributes()
						.getOrDefault(brief.chinese() ? "description_zh" : "description_en", "");
					rows.computeIfAbsent(indicator.category(), (k) -> new ArrayList<>())
						.add(new Row(indicator.code(), brief.indicatorName(indicator.code()), brief.unitName(indicator),
								indicator.kind(), indicator.direction(),
								BriefContext.markBest(cells, brief.data().standings().get(indicator.code())), description));
				}
			}
			List<Category> categories = rows.entrySet()
				.stream()
				.map((entry) -> new Category(entry.getKey(), words.get("category." + entry.getKey()), entry.getValue()))
				.toList();
			String period = brief.data().period();
			String lead = brief.regional() ? words.get("comparison.regionalLead", period, brief.focus().name())
					: words.get("comparison.lead", period);
			return Optional.of(new ComparisonSection("comparison", words.get("section.comparison"), lead,
					brief.regions(), categories));
		}

	}

}
