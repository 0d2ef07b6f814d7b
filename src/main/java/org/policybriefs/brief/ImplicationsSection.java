package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.brief.CommentaryViews.BlockView;
import org.policybriefs.brief.CommentaryViews.PassageView;
import org.policybriefs.commentary.CommentarySection;

import org.springframework.stereotype.Component;

/**
 * Implications and what to watch, in the analyst's words from the input's commentary: the lead
 * ({@code implications.<locale>.md}), under each region its implications and what to watch
 * ({@code implications.<REGION>.<locale>.md}, {@code watch.<REGION>.<locale>.md}), what to watch in
 * general, and the open questions ({@code questions[.<REGION>].<locale>.md}). A regional brief takes
 * the general files and its own region's; a region without a file has no paragraph.
 */
public record ImplicationsSection(String id, String title, List<BlockView> lead, List<Implication> implications,
		String watchTitle, List<BlockView> watch, String questionsTitle, List<PassageView> questions) implements Section {

	/** One region's implications and what to watch there; {@code term} is its strategy in the source's term. */
	public record Implication(RegionView region, String term, List<BlockView> text, List<BlockView> watch) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			CommentaryViews commentary = new CommentaryViews(brief);
			List<Implication> implications = new ArrayList<>();
			List<String> concerned = new ArrayList<>(List.of(""));
			for (RegionView region : brief.regions()) {
				if (brief.regional() && region != brief.focus()) {
					continue;
				}
				concerned.add(region.code());
				List<BlockView> text = commentary.blocks(CommentarySection.IMPLICATIONS, region.code());
				List<BlockView> watch = commentary.blocks(CommentarySection.WATCH, region.code());
				if (!text.isEmpty() || !watch.isEmpty()) {
					implications.add(new Implication(region, words.get("strategy.term", region.strategy()), text, watch));
				}
			}
			List<BlockView> lead = commentary.blocks(CommentarySection.IMPLICATIONS, "");
			List<BlockView> watch = commentary.blocks(CommentarySection.WATCH, "");
			List<PassageView> questions = commentary.items(CommentarySection.QUESTIONS, concerned);
			if (lead.isEmpty() && implications.isEmpty() && watch.isEmpty() && questions.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new ImplicationsSection("implications", words.get("section.implications"), lead,
					implications, words.get("commentary.watch"), watch, words.get("commentary.questions"), questions));
		}

	}

}
