package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Key takeaways on page 1: the findings that {@code templates/findings.yml} makes from the data. */
public record TakeawaysSection(String id, String title, List<Statement> statements) implements Section {

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			List<Statement> statements = brief.catalogs().findings().takeaways(brief);
			if (statements.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new TakeawaysSection("takeaways", brief.words().get("section.takeaways"), statements));
		}

	}

}
