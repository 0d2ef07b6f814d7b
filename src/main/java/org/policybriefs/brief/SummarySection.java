package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.CommentaryViews.BlockView;
import org.policybriefs.commentary.CommentarySection;

import org.springframework.stereotype.Component;

/**
 * The analyst's summary at the front of a brief: {@code summary.<locale>.md} in the comparative
 * brief, {@code summary.<REGION>.<locale>.md} in that region's brief. The comparative brief does not
 * repeat the regions' summaries after its own: its summary already judges each region, and each
 * region's implications follow in the brief.
 */
public record SummarySection(String id, String title, List<BlockView> blocks) implements Section {

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			CommentaryViews commentary = new CommentaryViews(brief);
			List<BlockView> blocks = new ArrayList<>();
			blocks.addAll(commentary.blocks(CommentarySection.SUMMARY, brief.regional() ? brief.focus().code() : ""));
			if (blocks.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new SummarySection("summary", brief.words().get("section.summary"), blocks));
		}

	}

}
