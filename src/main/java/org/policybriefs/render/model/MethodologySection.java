package org.policybriefs.render.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policybriefs.indicators.Formula;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.render.model.BriefViews.DerivedView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The methodology: each derived indicator's formula, in words and as written in the catalog. */
public record MethodologySection(String id, String title, List<DerivedView> derived) implements Section {

	@Component
	@Order(900)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			List<DerivedView> derived = new ArrayList<>();
			for (IndicatorDefinition indicator : brief.indicators().values()) {
				if (indicator.isDerived()) {
					Formula formula = brief.data().formulas().get(indicator.code());
					String description = indicator.attributes()
						.getOrDefault(brief.chinese() ? "description_zh" : "description_en", "");
					derived.add(new DerivedView(indicator.code(), brief.indicatorName(indicator.code()),
							brief.unitName(indicator), indicator.formula(), formula.toWords(brief::indicatorName),
							description));
				}
			}
			return Optional.of(new MethodologySection("methodology", brief.words().get("section.methodology"),
					derived));
		}

	}

}
