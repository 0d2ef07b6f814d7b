package org.policybriefs.render.model;

import java.util.List;
import java.util.Optional;

import org.policybriefs.render.model.BriefViews.FigureView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The numbered figures, each a chart drawn as vector graphics; left out when no figure has data. */
public record FiguresSection(String id, String title, List<FigureView> figures) implements Section {

	@Override
	public List<Anchor> anchors() {
		return this.figures.stream().map((figure) -> new Anchor("figure-" + figure.id(), figure.caption())).toList();
	}

	@Override
	public List<FigureView> charts() {
		return this.figures;
	}

	@Component
	@Order(600)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			List<FigureView> figures = new FigureCatalog(brief.regions(), brief.cells(), brief.indicators(),
					brief.words(), brief.format(), brief.chinese())
				.figures();
			if (figures.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new FiguresSection("figures", brief.words().get("section.figures"), figures));
		}

	}

}
