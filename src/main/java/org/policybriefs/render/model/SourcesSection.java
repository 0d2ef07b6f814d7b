package org.policybriefs.render.model;

import java.util.List;
import java.util.Optional;

import org.policybriefs.render.model.BriefViews.SourceView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The numbered sources that the notes of every table and figure point to. */
public record SourcesSection(String id, String title, List<SourceView> sources) implements Section {

	@Component
	@Order(1100)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			boolean chinese = brief.chinese();
			List<SourceView> sources = brief.data()
				.sources()
				.stream()
				.map((s) -> new SourceView(brief.sourceNumbers().get(s.id()), s.id(),
						chinese ? s.attributes().getOrDefault("title_zh", s.title()) : s.title(),
						chinese ? s.attributes().getOrDefault("publisher_zh", s.publisher()) : s.publisher(),
						s.published(), s.url()))
				.toList();
			return Optional.of(new SourcesSection("sources", brief.words().get("section.sources"), sources));
		}

	}

}
