package org.policybriefs.brief;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The contents: every titled section after it, with its anchors, and the page each lands on. */
public record ContentsSection(String id, String title) implements Section {

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			return Optional.of(new ContentsSection("contents", brief.words().get("section.contents")));
		}

	}

}
