package org.policybriefs.render;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Second rendering step: XHTML with CSS paged media to PDF bytes with Flying Saucer on OpenPDF.
 * Only the bundled fonts are used, only files in the templates folder can be loaded, and the
 * brief's charts are drawn as vector graphics where the XHTML names them.
 */
class PdfRenderer {

	private final Path templates;

	private final BundledFonts fonts;

	private final ChartFonts chartFonts;

	private final boolean archival;

	PdfRenderer(Path templates, BundledFonts fonts, boolean archival) {
		this.archival = archival;
		this.templates = templates.toAbsolutePath().normalize();
		this.fonts = fonts;
		this.chartFonts = new ChartFonts(fonts.folder(), fonts);
	}

	ChartFonts chartFonts() {
		return this.chartFonts;
	}

	/** Renders the document and returns its page count. */
	int render(String xhtml, Map<String, JFreeChart> charts, String language, OutputStream out) {
		return render(LanguageMarkup.parse(xhtml), charts, language, out);
	}

	/** Renders an XHTML document already parsed (and changed by this renderer: Chinese runs are marked). */
	int render(Document document, Map<String, JFreeChart> charts, String language, OutputStream out) {
		String uncovered = LanguageMarkup.prepare(document, this.fonts);
		if (uncovered != null) {
			throw new IllegalStateException("No bundled font has a glyph for " + uncovered
					+ "; correct the input text or add a font that covers it to templates/fonts");
		}
		ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
		ITextRenderer renderer = new ITextRenderer(device,
				new TemplateOnlyUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, this.templates));
		renderer.getSharedContext().setReplacedElementFactory(new ChartElementFactory(device, charts, this.chartFonts));
		this.fonts.registerWith(renderer.getFontResolver());
		renderer.setListener(new DefaultPDFCreationListener() {
			@Override
			public void preOpen(ITextRenderer iTextRenderer) {
				iTextRenderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(language));
			}

			@Override
			public void preWrite(ITextRenderer iTextRenderer, int pageCount) {
				if (PdfRenderer.this.archival) {
					try {
						iTextRenderer.getWriter().setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
								java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}
			}

			@Override
			public void onClose(ITextRenderer iTextRenderer) {
				if (PdfRenderer.this.archival) {
					// After Flying Saucer has set title, author, subject and keywords: XMP repeats them.
					iTextRenderer.getWriter().createXmpMetadata();
				}
			}
		});
		if (this.archival) {
			renderer.setPDFXConformance(com.lowagie.text.pdf.PdfWriter.PDFA1B);
		}
		renderer.setDocument(document, this.templates.toUri().toString());
		renderer.layout();
		try {
			renderer.createPDF(out);
		}
		catch (Exception ex) {
			throw new IllegalStateException("PDF rendering failed: " + ex.getMessage(), ex);
		}
		return renderer.getRootBox().getLayer().getPages().size();
	}

}
