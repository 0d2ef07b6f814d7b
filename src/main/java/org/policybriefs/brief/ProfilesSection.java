package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;

import org.springframework.stereotype.Component;

/**
 * What the source says of each region in its own words: the sentence that names the strategy and
 * the applications it names. A regional brief's own region comes first.
 */
public record ProfilesSection(String id, String title, List<Profile> profiles) implements Section {

	/**
	 * One region's profile.
	 *
	 * @param term the strategy in the source's term, quoted
	 * @param quote the sentence naming the strategy, as the brief shows quotes
	 */
	public record Profile(RegionView region, String term, String quote) {
	}

	@Override
	public List<Anchor> anchors() {
		return this.profiles.stream()
			.map((profile) -> new Anchor("region-" + profile.region().code(),
					profile.region().name() + " — " + profile.term()))
			.toList();
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			List<Profile> profiles = brief.regions()
				.stream()
				.filter((region) -> !region.quote().isEmpty() || !region.applications().isEmpty())
				.map((region) -> new Profile(region, brief.words().get("strategy.term", region.strategy()),
						brief.language().quote(region.quote())))
				.toList();
			if (profiles.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new ProfilesSection("profiles", brief.words().get("section.profiles"), profiles));
		}

	}

}
