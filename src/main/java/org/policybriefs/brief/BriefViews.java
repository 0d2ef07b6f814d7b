package org.policybriefs.brief;

import java.util.List;
import java.util.Map;

import org.policybriefs.ingest.Region;

/**
 * The view records several sections share. Text in them is plain data: the {@code .ftlh}
 * templates escape it when they write it out.
 */
public final class BriefViews {

	private BriefViews() {
	}

	/**
	 * A region as the brief presents it, in the brief's language.
	 *
	 * @param strategy the strategy's name, the source's own term
	 * @param index the region's place in the run's regions, for its colour
	 */
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

	/**
	 * A numbered figure: a bar chart drawn as vector graphics in the PDF.
	 *
	 * @param caption "Figure 1: …"
	 * @param reference a value drawn as a dashed line (the benchmark), or null
	 * @param facts the facts the bars show, for the figure's references to the evidence annex
	 */
	public record FigureView(String id, String caption, String title, String axis, String note, Double reference,
			List<Bar> bars, List<Fact> facts) {

		/** The chart's height in millimetres: room for each bar (labels of up to three lines) and the axis. */
		public int height() {
			return 14 + 9 * this.bars.size();
		}

		/** The codes of the regions the bars belong to, in order. */
		public List<String> regions() {
			return this.bars.stream().map(Bar::region).distinct().toList();
		}

		FigureView numbered(String caption) {
			return new FigureView(this.id, caption, this.title, this.axis, this.note, this.reference, this.bars,
					this.facts);
		}

	}

	/** One bar: its label, the region it belongs to (for the colour), the value and how it is printed. */
	public record Bar(String label, String region, int regionIndex, String colour, Double value, String text,
			String reason) {
	}

	/** A numbered source note. */
	public record SourceView(int number, String id, String title, String publisher, String published, String url,
			String kind) {
	}

	/** Rows read, loaded and rejected per input file, for the data-quality note. */
	public record QualityLine(String file, long read, long loaded, long rejected) {
	}

	/** A row that was not loaded, for the data-quality note. */
	public record RejectLine(String file, long line, String column, String value, String reason) {
	}

}
