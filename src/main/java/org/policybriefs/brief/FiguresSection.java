package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.FigureView;

import org.springframework.stereotype.Component;

/** The numbered figures of {@code templates/figures.yml}, each a chart drawn as vector graphics; left out when none has data. */
public record FiguresSection(String id, String title, String lead, List<FigureView> figures) implements Section {

	@Override
	public List<Anchor> anchors() {
		return this.figures.stream().map((figure) -> new Anchor("figure-" + figure.id(), figure.caption())).toList();
	}

	@Override
	public List<FigureView> charts() {
		return this.figures;
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			List<FigureView> figures = brief.catalogs().figures().figures(brief);
			if (figures.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new FiguresSection("figures", brief.words().get("section.figures"),
					brief.words().get("figures.lead"), figures));
		}

	}

}
