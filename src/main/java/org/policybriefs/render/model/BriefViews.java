package org.policybriefs.render.model;

import java.util.List;
import java.util.Map;

import org.policybriefs.ingest.Region;

/**
 * The view records a brief template reads. Text in them is plain data: the {@code .ftlh}
 * templates escape it when they write it out.
 */
public final class BriefViews {

	private BriefViews() {
	}

	/** A region as the brief presents it, in the brief's language. */
	public record RegionView(String code, String name, String nameEn, String nameZh, String strategy, String lever,
			String constraint, String anxiety, String applications, String quote, String headline, int index,
			String colour) {

		static RegionView of(Region region, int index, String colour, boolean chinese) {
			Map<String, String> a = region.attributes();
			return new RegionView(region.code(), chinese ? region.nameZh() : region.nameEn(), region.nameEn(),
					region.nameZh(), chinese ? region.strategyZh() : region.strategyEn(),
					a.getOrDefault(chinese ? "lever_zh" : "lever_en", ""),
					a.getOrDefault(chinese ? "constraint_zh" : "constraint_en", ""),
					a.getOrDefault(chinese ? "anxiety_zh" : "anxiety_en", ""),
					a.getOrDefault(chinese ? "applications_zh" : "applications_en", ""), a.getOrDefault("quote", ""),
					a.getOrDefault("headline", ""), index, colour);
		}

	}

	/** One table cell: a formatted value or "n/a" with the reason, with its numbered source notes. */
	public record Cell(String region, String text, String prose, Double value, boolean best, boolean missing,
			String reason, List<Integer> notes, String quote) {

		Cell asBest() {
			return new Cell(this.region, this.text, this.prose, this.value, true, false, null, this.notes, this.quote);
		}

	}

	/** One indicator across the regions. */
	public record Row(String code, String name, String unit, String kind, String direction, List<Cell> cells,
			String description) {
	}

	/** A group of indicators under one heading. */
	public record Category(String key, String name, List<Row> rows) {
	}

	/** A derived indicator as the methodology section explains it. */
	public record DerivedView(String code, String name, String unit, String formula, String words, String description) {
	}

	/** A numbered source note. */
	public record SourceView(int number, String id, String title, String publisher, String published, String url) {
	}

	/** A region's own figures, for its profile. */
	public record KeyFigure(String code, String name, String text, String unit, List<Integer> notes, String standing) {
	}

	/**
	 * A numbered figure: a bar chart drawn as vector graphics in the PDF. Bars whose value is
	 * missing are listed in {@code gaps} with the reason instead of being drawn.
	 */
	public record FigureView(String id, String caption, String title, String axis, String note, Double reference,
			List<Bar> bars, List<Bar> gaps, List<Integer> notes) {

		/** The chart's height in millimetres: room for each bar and the axis. */
		public int height() {
			return 16 + 8 * this.bars.size();
		}

	}

	/** One bar: its label, the region it belongs to (for the colour), the value and how it is printed. */
	public record Bar(String label, String region, int regionIndex, String colour, Double value, String text,
			String reason) {
	}

	/** Rows read, loaded and rejected per input file, for the data-quality note. */
	public record QualityLine(String file, long read, long loaded, long rejected) {
	}

	/** A row that was not loaded, for the data-quality note. */
	public record RejectLine(String file, long line, String column, String value, String reason) {
	}

}
