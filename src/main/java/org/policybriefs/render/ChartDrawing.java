package org.policybriefs.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.policybriefs.brief.BriefViews.Bar;
import org.policybriefs.brief.BriefViews.FigureView;
import org.policybriefs.pdf.ChartFonts;
import org.policybriefs.pdf.Typesetting;

/**
 * Draws a figure as a JFreeChart horizontal bar chart: one bar per value in its region's
 * colour, the region named in every bar's label (so the chart reads in greyscale and without
 * colour vision), the value printed at the end of each bar with its qualifier (&gt;, ≈), and
 * the benchmark, where there is one, as a dashed line.
 */
final class ChartDrawing {

	private static final Color INK = new Color(0x1d, 0x27, 0x33);

	private static final Color MUTED = new Color(0x5b, 0x67, 0x75);

	private static final Color GRID = new Color(0xdd, 0xe4, 0xec);

	/** Charts take the text width of an A4 page with 20 mm margins. */
	static final int WIDTH_MM = 170;

	private ChartDrawing() {
	}

	static JFreeChart chart(FigureView figure, ChartFonts fonts, Locale locale) {
		boolean chinese = "zh".equals(locale.getLanguage());
		// a chart's words are set as the brief's text is: full-width punctuation, curly quotes
		Typesetting set = Typesetting.forLanguage(locale.toLanguageTag());
		Font label = fonts.regular(chinese, 7.5f);
		Font small = fonts.regular(chinese, 7f);
		List<Bar> bars = figure.bars();

		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (int i = 0; i < bars.size(); i++) {
			dataset.addValue(bars.get(i).value(), "value", new BarKey(i, set.text(bars.get(i).label())));
		}

		CategoryAxis categories = chinese ? new CategoryAxis() : new WordWrappedAxis();
		categories.setTickLabelFont(label);
		categories.setTickLabelPaint(INK);
		categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		categories.setMaximumCategoryLabelWidthRatio(0.5f);
		categories.setMaximumCategoryLabelLines(3);
		categories.setCategoryMargin(0.25);
		categories.setLowerMargin(0.02);
		categories.setUpperMargin(0.02);
		categories.setAxisLineVisible(false);
		categories.setTickMarksVisible(false);

		NumberAxis values = new NumberAxis(set.text(figure.axis()));
		values.setLabelFont(small);
		values.setLabelPaint(MUTED);
		values.setTickLabelFont(small);
		values.setTickLabelPaint(MUTED);
		values.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
		values.setUpperMargin(0.25);
		values.setAutoRangeIncludesZero(true);
		values.setAxisLineVisible(false);

		BarRenderer renderer = new RegionBarRenderer(bars);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(true);
		renderer.setDefaultOutlinePaint(INK);
		renderer.setDefaultOutlineStroke(new BasicStroke(0.4f));
		renderer.setMaximumBarWidth(0.12);
		renderer.setDefaultItemLabelGenerator(new ValueLabels(bars));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(fonts.bold(chinese, 7.5f));
		renderer.setDefaultItemLabelPaint(INK);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(3);

		CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setDomainGridlinesVisible(false);
		plot.setInsets(new RectangleInsets(2, 2, 2, 14));
		if (figure.reference() != null) {
			// the benchmark line is always inside the axis, even when every bar is below it, and the
			// first bar is moved down so that the line's label never paints over it
			double top = Math.max(figure.reference(), bars.stream().mapToDouble((bar) -> (bar.value() != null) ? bar.value() : 0).max().orElse(0));
			values.setRange(0, top * 1.25);
			categories.setLowerMargin(0.25);
			ValueMarker marker = new ValueMarker(figure.reference(), INK,
					new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 3f, 2f }, 0f));
			marker.setLabel(NumberFormat.getNumberInstance(locale).format(figure.reference()));
			marker.setLabelFont(small);
			marker.setLabelPaint(MUTED);
			marker.setLabelBackgroundColor(Color.WHITE);
			marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
			plot.addRangeMarker(marker);
		}

		JFreeChart chart = new JFreeChart(null, label, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setBorderVisible(false);
		chart.setPadding(new RectangleInsets(0, 0, 0, 0));
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		return chart;
	}

	/** A category: its position keeps two bars with the same label apart; the axis prints the label. */
	/**
	 * A category axis that wraps an English label only between words. JFreeChart's own wrapping
	 * uses the JDK's line breaker, which breaks after an apostrophe ("SenseTime’ / s").
	 */
	private static final class WordWrappedAxis extends CategoryAxis {

		@Override
		protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
			Font font = getTickLabelFont(category);
			Paint paint = getTickLabelPaint(category);
			FontMetrics metrics = g2.getFontMetrics(font);
			TextBlock block = new TextBlock();
			String line = "";
			for (String word : names(category.toString().split(" "), metrics, width)) {
				String longer = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && metrics.stringWidth(longer) > width) {
					block.addLine(line, font, paint);
					line = word;
				}
				else {
					line = longer;
				}
			}
			if (!line.isEmpty()) {
				block.addLine(line, font, paint);
			}
			return block;
		}

		/**
		 * The words with each run of capitalised words joined into one unit where it fits on a
		 * line, so that a name ("Gui’an New Area", "Zhangjiang Science City") is never split.
		 */
		private static List<String> names(String[] words, FontMetrics metrics, float width) {
			List<String> units = new ArrayList<>();
			for (String word : words) {
				int last = units.size() - 1;
				if (last >= 0 && capitalised(word) && capitalised(units.get(last))
						&& metrics.stringWidth(units.get(last) + " " + word) <= width) {
					units.set(last, units.get(last) + " " + word);
				}
				else {
					units.add(word);
				}
			}
			return units;
		}

		private static boolean capitalised(String word) {
			return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
		}

	}

	private record BarKey(int index, String label) implements Comparable<BarKey> {

		@Override
		public int compareTo(BarKey other) {
			return Integer.compare(this.index, other.index);
		}

		@Override
		public String toString() {
			return this.label;
		}

	}

	/** The label at the end of each bar: the value as the brief prints it, with its qualifier. */
	private record ValueLabels(List<Bar> bars) implements CategoryItemLabelGenerator {

		@Override
		public String generateRowLabel(CategoryDataset dataset, int row) {
			return "";
		}

		@Override
		public String generateColumnLabel(CategoryDataset dataset, int column) {
			return this.bars.get(column).label();
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			return this.bars.get(column).text();
		}

	}

	/** Paints each bar in the colour of the region it belongs to. */
	private static final class RegionBarRenderer extends BarRenderer {

		private final List<Bar> bars;

		RegionBarRenderer(List<Bar> bars) {
			this.bars = bars;
		}

		@Override
		public Paint getItemPaint(int row, int column) {
			return Color.decode(this.bars.get(column).colour());
		}

	}

}
