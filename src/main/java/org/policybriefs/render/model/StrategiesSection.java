package org.policybriefs.render.model;

import java.util.List;
import java.util.Optional;

import org.policybriefs.render.model.BriefViews.RegionView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The strategy matrix: each region's strategy, main lever, binding constraint and the anxiety it answers. */
public record StrategiesSection(String id, String title, List<RegionView> regions) implements Section {

	@Component
	@Order(400)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			return Optional.of(new StrategiesSection("strategies", brief.words().get("section.strategies"),
					brief.regions()));
		}

	}

}
