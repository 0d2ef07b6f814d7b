package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;

import org.springframework.stereotype.Component;

/**
 * The cover band: series, title, subtitle, date and edition, and tiles. The comparative brief has
 * a tile per region (its strategy in the source's term and its headline figure); a regional brief
 * has tiles of its own region's figures, its headline first.
 *
 * @param series the series (and, for a regional brief, "regional brief")
 * @param dateLine as-of date, data period and edition
 * @param tilesNote what the tiles show, said once
 */
public record CoverSection(String id, String title, String series, String dateLine, List<Tile> tiles,
		String tilesNote, String leftOut) implements Section {

	/**
	 * A tile.
	 *
	 * @param region the region whose colour it carries
	 * @param heading the region's name (comparative) or the figure's name (regional)
	 * @param term the region's strategy in the source's term, quoted; empty on a regional brief's tiles
	 * @param fact the figure shown, or null when the region states none
	 */
	public record Tile(RegionView region, String heading, String term, Fact fact) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		/** The most tiles of a regional brief's own figures. */
		private static final int OWN_TILES = 3;

		@Override
		public Optional<Section> build(BriefContext brief) {
			BriefWords words = brief.words();
			List<Tile> tiles = new ArrayList<>();
			if (brief.regional()) {
				RegionView focus = brief.focus();
				for (Fact fact : headlineFirst(brief, focus).stream().limit(OWN_TILES).toList()) {
					tiles.add(new Tile(focus, fact.name(), "", fact));
				}
			}
			else {
				for (RegionView region : brief.regions()) {
					List<Fact> facts = headlineFirst(brief, region);
					tiles.add(new Tile(region, region.name(), words.get("strategy.term", region.strategy()),
							facts.isEmpty() ? null : facts.get(0)));
				}
			}
			String series = brief.series();
			if (brief.regional()) {
				series = series.isEmpty() ? words.get("regional.brief") : words.get("regional.series", series);
			}
			String edition = brief.settings().edition().isEmpty() ? "" : " · " + brief.settings().edition();
			// the period most figures are taken for is not always one the source gives: say how many it dates
			List<Fact> observed = brief.facts().all()
				.stream()
				.filter((fact) -> !fact.derived() && (!brief.regional() || fact.region() == brief.focus()))
				.toList();
			long assumed = observed.stream().filter(Fact::periodAssumed).count();
			String period = (assumed == 0) ? words.get("brief.period", brief.data().period())
					: words.get("brief.periodAssumed", brief.data().period(), assumed, observed.size());
			String dateLine = words.get("brief.asOf", brief.asOfText()) + " · " + period + edition;
			String note = brief.regional() ? words.get("cover.tiles.regional", brief.focus().name())
					: words.get("cover.tiles");
			// a comparative brief of more regions than briefs.render.compared says what it leaves out, and where it is
			int all = brief.data().regions().size();
			String leftOut = (brief.regional() || brief.regions().size() == all) ? ""
					: words.get("cover.leftOut", brief.regions().size(), all, all - brief.regions().size());
			return Optional.of(new CoverSection("cover", "", series, dateLine, tiles, note, leftOut));
		}

		/** A region's observed figures, its regions.csv headline first. */
		static List<Fact> headlineFirst(BriefContext brief, RegionView region) {
			List<Fact> facts = new ArrayList<>();
			brief.facts().find(region.code(), region.headline()).ifPresent(facts::add);
			brief.facts().of(region).stream().filter((fact) -> !fact.derived() && !facts.contains(fact)).forEach(facts::add);
			return facts;
		}

	}

}
