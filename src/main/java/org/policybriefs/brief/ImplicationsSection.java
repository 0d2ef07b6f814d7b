package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;

import org.springframework.stereotype.Component;

/**
 * Implications and outlook: the source's assessment restated, per region where the bundle has a
 * paragraph for it ({@code implications.<CODE>}), and the questions to watch ({@code outlook.1} …).
 */
public record ImplicationsSection(String id, String title, String lead, List<Implication> implications,
		String outlookTitle, List<String> outlook, String note) implements Section {

	/** What the source's assessment means for one region; {@code term} is its strategy in the source's term. */
	public record Implication(RegionView region, String term, String text) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			List<Implication> implications = new ArrayList<>();
			for (RegionView region : brief.regions()) {
				if ((!brief.regional() || region == brief.focus()) && words.has("implications." + region.code())) {
					implications.add(new Implication(region, words.get("strategy.term", region.strategy()),
							words.get("implications." + region.code())));
				}
			}
			List<String> outlook = new ArrayList<>();
			for (int i = 1; words.has("outlook." + i); i++) {
				outlook.add(words.get("outlook." + i));
			}
			return Optional.of(new ImplicationsSection("implications", words.get("section.implications"),
					words.get("implications.lead"), implications, words.get("outlook.title"), outlook,
					words.get("implications.note")));
		}

	}

}
