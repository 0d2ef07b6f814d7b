package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policybriefs.brief.BriefViews.QualityLine;
import org.policybriefs.brief.BriefViews.RejectLine;
import org.policybriefs.commentary.Commentary;
import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.indicators.Formula;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.RegionComparison;
import org.policybriefs.indicators.Scope;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.Region;
import org.policybriefs.ingest.Series;
import org.policybriefs.ingest.Source;

/**
 * Everything the briefs of one run are built from, read once per run, with what every brief
 * would otherwise work out again: the latest period, each region's value in it, each region's
 * standing among all regions per indicator, and the parsed formulas.
 *
 * @param latest the values of the latest period by {@code region/indicator}
 * @param standings per indicator, each reporting region's rank and ratios among the comparable values of all regions
 * @param formulas the parsed formula of each derived indicator
 * @param catalogs the findings and figure catalogs, read once per run
 * @param changes what changed since the previous edition (a first edition when there is none)
 * @param evidence the other sources' values, the context areas' figures and the checks
 * @param series what the briefs are about, in the input's words (series.yml)
 * @param commentary the analyst's commentary, each passage bound to the values it was written against
 */
public record RunData(List<Region> regions, List<IndicatorDefinition> indicators, List<Source> sources,
		List<IndicatorValue> values, List<QualityLine> quality, List<RejectLine> rejects, String period,
		Map<String, IndicatorValue> latest, Map<String, Map<String, RegionComparison.Standing>> standings,
		Map<String, Formula> formulas, EditionChanges changes, Catalogs catalogs, RunEvidence evidence,
		Series series, Commentary commentary) {

	static RunData of(List<Region> regions, List<IndicatorDefinition> indicators, List<Source> sources,
			List<IndicatorValue> values, List<QualityLine> quality, List<RejectLine> rejects, String referenceRegion) {
		return of(regions, indicators, sources, values, quality, rejects, referenceRegion, null, null);
	}

	static RunData of(List<Region> regions, List<IndicatorDefinition> indicators, List<Source> sources,
			List<IndicatorValue> values, List<QualityLine> quality, List<RejectLine> rejects, String referenceRegion,
			EditionChanges changes, Catalogs catalogs) {
		return of(regions, indicators, sources, values, quality, rejects, referenceRegion, changes, catalogs,
				RunEvidence.NONE, Series.NONE);
	}

	/**
	 * @param values every value of the compared regions that is its figure's preferred one; the
	 * others, and the context areas' values, are in {@code evidence}
	 */
	static RunData of(List<Region> regions, List<IndicatorDefinition> indicators, List<Source> sources,
			List<IndicatorValue> values, List<QualityLine> quality, List<RejectLine> rejects, String referenceRegion,
			EditionChanges changes, Catalogs catalogs, RunEvidence evidence, Series series) {
		String period = values.stream().map(IndicatorValue::period).max(Comparator.naturalOrder()).orElse("");
		Map<String, IndicatorValue> latest = new HashMap<>();
		for (IndicatorValue value : values) {
			if (value.period().equals(period)) {
				latest.put(key(value.region(), value.indicator()), value);
			}
		}
		Map<String, Map<String, RegionComparison.Standing>> standings = new HashMap<>();
		Map<String, Formula> formulas = new HashMap<>();
		for (IndicatorDefinition indicator : indicators) {
			Map<String, IndicatorValue> present = new LinkedHashMap<>();
			for (Region region : regions) {
				IndicatorValue value = latest.get(key(region.code(), indicator.code()));
				if (value != null && value.hasValue()) {
					present.put(region.code(), value);
				}
			}
			standings.put(indicator.code(), RegionComparison.compare(present, indicator.direction(), referenceRegion));
			if (indicator.isDerived()) {
				formulas.put(indicator.code(), Formula.parse(indicator.formula()));
			}
		}
		return new RunData(regions, indicators, sources, values, quality, rejects, period, latest, standings, formulas,
				changes, catalogs, evidence, series, Commentary.NONE);
	}

	/** The same data with the analyst's commentary of the run. */
	RunData with(Commentary commentary) {
		return new RunData(this.regions, this.indicators, this.sources, this.values, this.quality, this.rejects,
				this.period, this.latest, this.standings, this.formulas, this.changes, this.catalogs, this.evidence,
				this.series, commentary);
	}

	/**
	 * The data as the previous edition had it: every value change undone (a revised or
	 * requalified value back to its old number and qualifier, an added value left out, a removed
	 * one put back with what changes.csv kept of it) and a region that appeared left out. A
	 * region or indicator that disappeared cannot be put back: its definition is gone. Carries no
	 * changes of its own.
	 */
	RunData before(EditionChanges changes, String referenceRegion) {
		Map<String, Change> byKey = new HashMap<>();
		// the values the brief states: another source's value of a figure is evidence, not one of them
		changes.changes()
			.stream()
			.filter(Change::preferred)
			.forEach((change) -> byKey.put(key(change.region(), change.indicator()) + "/" + change.period(), change));
		List<IndicatorValue> earlier = new ArrayList<>();
		for (IndicatorValue value : this.values) {
			Change change = byKey.remove(key(value.region(), value.indicator()) + "/" + value.period());
			if (change == null || change.change() == Change.Type.RESTATED) {
				earlier.add(value);
			}
			else if (change.change() != Change.Type.ADDED && change.oldValue() != null) {
				earlier.add(new IndicatorValue(value.region(), value.indicator(), value.period(), change.oldValue(),
						change.oldQualifier(), value.kind(), value.formula(), value.inputs(), change.oldSources(),
						value.quote(), value.quoteEn(), value.scope(), value.periodBasis(), value.benchmark(), null));
			}
		}
		for (Change change : byKey.values()) {
			if (change.change() == Change.Type.REMOVED && change.oldValue() != null) {
				earlier.add(new IndicatorValue(change.region(), change.indicator(), change.period(), change.oldValue(),
						change.oldQualifier(), change.kind(), null, null, change.oldSources(), null, null,
						Scope.of(change.scope(), change.scope()), null, false, null));
			}
		}
		List<Region> regions = this.regions.stream()
			.filter((region) -> !changes.addedRegions().contains(region.code()))
			.toList();
		return of(regions, this.indicators, this.sources, earlier, this.quality, this.rejects, referenceRegion, null,
				this.catalogs, this.evidence, this.series);
	}

	public static String key(String region, String indicator) {
		return region + "/" + indicator;
	}

	/**
	 * The regions a comparative brief compares: all of them, or when there are more than
	 * {@code most}, the first in regions.csv and the reference region, in regions.csv order. A
	 * brief of a thousand regions ran to thousands of pages, each headed with every region's name.
	 */
	public List<Region> comparedInOneBrief(int most, String referenceRegion) {
		if (most <= 0 || this.regions.size() <= most) {
			return this.regions;
		}
		return comparedWith(this.regions.get(0).code(), most - 1, referenceRegion);
	}

	/**
	 * The regions a regional brief sets its region against: all of them, or when there are more
	 * than {@code peers} others, the reference region and the regions that follow the focus in
	 * regions.csv (wrapping round), so that a brief stays readable with hundreds of regions.
	 * Always in regions.csv order.
	 */
	public List<Region> comparedWith(String focus, int peers, String referenceRegion) {
		if (this.regions.size() <= peers + 1) {
			return this.regions;
		}
		int at = -1;
		for (int i = 0; i < this.regions.size(); i++) {
			if (this.regions.get(i).code().equals(focus)) {
				at = i;
			}
		}
		if (at < 0) {
			return this.regions;
		}
		List<Integer> chosen = new ArrayList<>(List.of(at));
		for (int i = 0; i < this.regions.size(); i++) {
			if (this.regions.get(i).code().equals(referenceRegion) && i != at) {
				chosen.add(i);
			}
		}
		for (int step = 1; chosen.size() < peers + 1; step++) {
			int next = (at + step) % this.regions.size();
			if (!chosen.contains(next)) {
				chosen.add(next);
			}
		}
		return chosen.stream().sorted().map(this.regions::get).toList();
	}

}
