package org.policybriefs.render.model;

import java.util.List;
import java.util.Optional;

import org.policybriefs.render.model.BriefViews.KeyFigure;
import org.policybriefs.render.model.BriefViews.RegionView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A profile per region (a regional brief's own region first): its strategy, quote and key figures. */
public record ProfilesSection(String id, String title, List<Profile> profiles) implements Section {

	/** One region's profile. */
	public record Profile(RegionView region, List<KeyFigure> figures) {
	}

	@Override
	public List<Anchor> anchors() {
		return this.profiles.stream()
			.map((profile) -> new Anchor("region-" + profile.region().code(),
					profile.region().name() + " — " + profile.region().strategy()))
			.toList();
	}

	@Component
	@Order(700)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			String title = brief.regional() ? brief.words().get("section.profile", brief.focus().name())
					: brief.words().get("section.profiles");
			List<Profile> profiles = brief.regionsFocusFirst()
				.stream()
				.map((region) -> new Profile(region, brief.keyFigures().get(region.code())))
				.toList();
			return Optional.of(new ProfilesSection("profiles", title, profiles));
		}

	}

}
