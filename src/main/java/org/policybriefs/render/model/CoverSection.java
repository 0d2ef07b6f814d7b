package org.policybriefs.render.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policybriefs.render.model.BriefViews.KeyFigure;
import org.policybriefs.render.model.BriefViews.RegionView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cover: series, date (the title is the edition's), and a tile per region with its strategy and its
 * headline figure.
 *
 * @param tiles one per compared region
 */
public record CoverSection(String id, String title, String series, String dateLine, List<Tile> tiles) implements Section {

	/**
	 * A region's tile.
	 *
	 * @param role {@code focus} for a regional brief's own region, {@code other} for the others, else empty
	 * @param figure the headline figure, or null when the region reports none
	 */
	public record Tile(RegionView region, String role, String width, KeyFigure figure) {
	}

	@Component
	@Order(100)
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			List<Tile> tiles = new ArrayList<>();
			String width = String.format(java.util.Locale.ROOT, "%.1f", 100.0 / brief.regions().size())
				.replaceAll("\\.0$", "");
			for (RegionView region : brief.regions()) {
				List<KeyFigure> figures = brief.keyFigures().get(region.code());
				KeyFigure headline = figures.stream()
					.filter((figure) -> figure.code().equals(region.headline()))
					.findFirst()
					.orElse(figures.isEmpty() ? null : figures.get(0));
				String role = !brief.regional() ? "" : (region == brief.focus()) ? "focus" : "other";
				tiles.add(new Tile(region, role, width, headline));
			}
			String series = brief.words().getOrDefault("brief.series", brief.settings().series());
			if (brief.regional()) {
				series = series + " · " + words.get("regional.series");
			}
			String dateLine = words.get("brief.asOf", brief.asOfText()) + " · "
					+ words.get("brief.period", brief.data().period());
			return Optional.of(new CoverSection("cover", "", series, dateLine, tiles));
		}

	}

}
