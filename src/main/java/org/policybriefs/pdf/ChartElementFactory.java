package org.policybriefs.pdf;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Draws each {@code <img data-chart="id">} of a brief as vector graphics: the chart is painted
 * onto a PDF form (PdfTemplate) through OpenPDF's Graphics2D, with the bundled fonts, so lines
 * stay sharp at any zoom and labels are text. The image file the element names is for a
 * browser reading the kept XHTML; the PDF never loads it. Other elements go to Flying Saucer's
 * own factory.
 */
final class ChartElementFactory implements ReplacedElementFactory {

	static final String ATTRIBUTE = "data-chart";

	private final ReplacedElementFactory delegate;

	private final Map<String, JFreeChart> charts;

	private final ChartFonts fonts;

	ChartElementFactory(ITextOutputDevice device, Map<String, JFreeChart> charts, ChartFonts fonts) {
		this.delegate = new ITextReplacedElementFactory(device);
		this.charts = charts;
		this.fonts = fonts;
	}

	@Override
	public ReplacedElement createReplacedElement(LayoutContext context, BlockBox box, UserAgentCallback userAgent,
			int cssWidth, int cssHeight) {
		Element element = box.getElement();
		if (element != null && element.hasAttribute(ATTRIBUTE)) {
			JFreeChart chart = this.charts.get(element.getAttribute(ATTRIBUTE));
			if (chart == null) {
				throw new IllegalStateException("The template names a chart '" + element.getAttribute(ATTRIBUTE)
						+ "' that the brief has no data for");
			}
			return new ChartElement(chart, this.fonts, cssWidth, cssHeight);
		}
		return this.delegate.createReplacedElement(context, box, userAgent, cssWidth, cssHeight);
	}

	@Override
	public void reset() {
		this.delegate.reset();
	}

	@Override
	public void remove(Element element) {
		this.delegate.remove(element);
	}

	@Override
	public void setFormSubmissionListener(FormSubmissionListener listener) {
		this.delegate.setFormSubmissionListener(listener);
	}

	/** A chart laid out as a block of the size the stylesheet gives it. */
	private static final class ChartElement implements ITextReplacedElement {

		private final JFreeChart chart;

		private final ChartFonts fonts;

		private final int width;

		private final int height;

		private final Point location = new Point(0, 0);

		ChartElement(JFreeChart chart, ChartFonts fonts, int width, int height) {
			this.chart = chart;
			this.fonts = fonts;
			this.width = width;
			this.height = height;
		}

		@Override
		public void paint(RenderingContext context, ITextOutputDevice device, BlockBox box) {
			float dots = device.getDotsPerPoint();
			float w = this.width / dots;
			float h = this.height / dots;
			PdfContentByte content = device.getCurrentPage();
			PdfTemplate template = content.createTemplate(w, h);
			Graphics2D g2 = template.createGraphics(w, h, this.fonts);
			try {
				this.chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
			}
			finally {
				g2.dispose();
			}
			PageBox page = context.getPage();
			float x = box.getAbsX() + page.getMarginBorderPadding(context, CalculatedStyle.Edge.LEFT);
			float y = (page.getBottom() - (box.getAbsY() + box.getHeight()))
					+ page.getMarginBorderPadding(context, CalculatedStyle.Edge.BOTTOM);
			content.addTemplate(template, x / dots, y / dots);
		}

		@Override
		public int getIntrinsicWidth() {
			return this.width;
		}

		@Override
		public int getIntrinsicHeight() {
			return this.height;
		}

		@Override
		public Point getLocation() {
			return this.location;
		}

		@Override
		public void setLocation(int x, int y) {
			this.location.setLocation(x, y);
		}

		@Override
		public void detach(LayoutContext context) {
		}

		@Override
		public boolean isRequiresInteractivePaint() {
			return false;
		}

		@Override
		public boolean hasBaseline() {
			return false;
		}

		@Override
		public int getBaseline() {
			return 0;
		}

	}

}
