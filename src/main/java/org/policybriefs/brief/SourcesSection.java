package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.SourceView;

import org.springframework.stereotype.Component;

/**
 * The numbered sources, and the colophon: publisher, series and edition, contact, how to cite
 * the brief, and the disclaimer.
 */
public record SourcesSection(String id, String title, List<SourceView> sources, String publisher, String contact,
		String citeAs, String disclaimer) implements Section {

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			boolean chinese = brief.chinese();
			BriefWords words = brief.words();
			List<SourceView> sources = brief.data()
				.sources()
				.stream()
				.map((s) -> new SourceView(brief.sourceNumbers().get(s.id()), s.id(),
						chinese ? s.attributes().getOrDefault("title_zh", s.title()) : s.title(),
						chinese ? s.attributes().getOrDefault("publisher_zh", s.publisher()) : s.publisher(),
						brief.language().sourceDateText(s.published()), s.url(),
						s.kind().isEmpty() ? words.get("source.kind.other") : words.getOrDefault("source.kind." + s.kind(),
								brief.data().evidence().kindName(s.kind(), chinese))))
				.toList();
			BriefSettings settings = brief.settings();
			String disclaimer = settings.disclaimer().isEmpty() ? words.get("brief.disclaimer") : settings.disclaimer();
			return Optional.of(new SourcesSection("sources", words.get("section.sources"), sources,
					settings.publisher(), settings.contact(), brief.citeAs(), disclaimer));
		}

	}

}
