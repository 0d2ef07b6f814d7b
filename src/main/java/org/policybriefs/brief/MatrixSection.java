package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.indicators.RegionComparison;
import org.policybriefs.ingest.IndicatorDefinition;

import org.springframework.stereotype.Component;

/**
 * The side-by-side matrix: only the indicators that two or more regions report in comparable
 * scope, a column per region that reports one. Rows reported by different sets of regions go to
 * separate tables where one table would have more than a quarter of its cells empty; an empty cell
 * is explained once, under the tables. Left out when no indicator is comparable.
 */
public record MatrixSection(String id, String title, String lead, List<Table> tables, String changeLegend)
		implements Section {

	/** The most a table's cells may be empty before its rows are split by the regions that report them. */
	static final double MOST_EMPTY = 0.25;

	/** A table: its region columns and rows. */
	public record Table(List<RegionView> regions, List<Row> rows) {

		/** The share of the region cells that have no value. */
		public double emptyShare() {
			long cells = (long) this.regions.size() * this.rows.size();
			long empty = this.rows.stream().flatMap((row) -> row.cells().stream()).filter((c) -> c.fact() == null).count();
			return (cells == 0) ? 0 : (double) empty / cells;
		}

	}

	/** An indicator: its name, unit and a cell per region column. */
	public record Row(String name, String unit, List<Cell> cells) {
	}

	/** A region's value, or none ({@code fact} null); {@code best} where it ranks first among two or more. */
	public record Cell(Fact fact, boolean best) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			if (brief.facts().comparable().isEmpty()) {
				return Optional.empty();
			}
			// group the indicators by the regions that report them, then merge groups while a table stays full enough
			Map<Set<RegionView>, List<String>> groups = new LinkedHashMap<>();
			brief.facts().comparable().forEach((indicator, facts) -> groups
				.computeIfAbsent(new LinkedHashSet<>(facts.stream().map(Fact::region).toList()), (k) -> new ArrayList<>())
				.add(indicator));
			List<List<String>> tables = new ArrayList<>();
			List<Set<RegionView>> columns = new ArrayList<>();
			groups.entrySet()
				.stream()
				.sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
				.forEach((group) -> {
					for (int i = 0; i < tables.size(); i++) {
						Set<RegionView> union = new LinkedHashSet<>(columns.get(i));
						union.addAll(group.getKey());
						List<String> merged = new ArrayList<>(tables.get(i));
						merged.addAll(group.getValue());
						if (table(brief, union, merged).emptyShare() <= MOST_EMPTY) {
							tables.set(i, merged);
							columns.set(i, union);
							return;
						}
					}
					tables.add(new ArrayList<>(group.getValue()));
					columns.add(group.getKey());
				});
			List<Table> built = new ArrayList<>();
			for (int i = 0; i < tables.size(); i++) {
				built.add(table(brief, columns.get(i), tables.get(i)));
			}
			return Optional.of(new MatrixSection("matrix", brief.words().get("section.matrix"),
					brief.words().get("matrix.lead"), built, brief.changeLegend()));
		}

		private static Table table(BriefContext brief, Set<RegionView> columns, List<String> indicators) {
			List<RegionView> regions = brief.regions().stream().filter(columns::contains).toList();
			List<Row> rows = new ArrayList<>();
			for (IndicatorDefinition indicator : brief.indicators().values()) {
				if (!indicators.contains(indicator.code())) {
					continue;
				}
				List<Fact> facts = brief.facts().comparable().get(indicator.code());
				Map<String, RegionComparison.Standing> standings = brief.data().standings().get(indicator.code());
				List<Cell> cells = new ArrayList<>();
				for (RegionView region : regions) {
					Fact fact = facts.stream().filter((f) -> f.region() == region).findFirst().orElse(null);
					RegionComparison.Standing standing = (fact != null && standings != null)
							? standings.get(region.code()) : null;
					cells.add(new Cell(fact, standing != null && standing.rank() == 1 && standing.ranked() >= 2));
				}
				rows.add(new Row(brief.language().indicatorName(indicator.code()),
						brief.language().unitName(indicator.unit()), cells));
			}
			return new Table(regions, rows);
		}

	}

}
