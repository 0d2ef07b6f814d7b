package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.QualityLine;
import org.policybriefs.brief.BriefViews.RejectLine;

import org.springframework.stereotype.Component;

/** Data quality: rows read, loaded and rejected per input file, and each rejected row with its reason. */
public record QualitySection(String id, String title, List<QualityLine> files, List<RejectLine> rejects)
		implements Section {

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			return Optional.of(new QualitySection("quality", brief.words().get("section.quality"),
					brief.data().quality(), brief.data().rejects()));
		}

	}

}
