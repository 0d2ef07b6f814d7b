package org.policybriefs.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Second rendering step: XHTML with CSS paged media to PDF bytes with Flying Saucer on OpenPDF.
 * Only the bundled fonts are used, only files in the templates folder can be loaded, and the
 * brief's charts are drawn as vector graphics where the XHTML names them.
 */
public class PdfRenderer {

	/** The sRGB profile of the PDF/A output intent, read from the JDK once. */
	private static final Supplier<byte[]> SRGB = new Supplier<>() {

		private volatile byte[] data;

		@Override
		public byte[] get() {
			if (this.data == null) {
				this.data = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
			}
			return this.data;
		}

	};

	private static final LeanNamespaceHandler NAMESPACE = new LeanNamespaceHandler();

	private final Path templates;

	private final BundledFonts fonts;

	private final ChartFonts chartFonts;

	private final boolean archival;

	private final boolean tagged;

	public PdfRenderer(Path templates, BundledFonts fonts, boolean archival) {
		this(templates, fonts, archival, true);
	}

	public PdfRenderer(Path templates, BundledFonts fonts, boolean archival, boolean tagged) {
		this.archival = archival;
		this.tagged = tagged;
		this.templates = templates.toAbsolutePath().normalize();
		this.fonts = fonts;
		this.chartFonts = new ChartFonts(fonts.folder(), fonts);
	}

	public ChartFonts chartFonts() {
		return this.chartFonts;
	}

	/** The faces of the bundled fonts this renderer draws with. */
	public List<BundledFonts.Face> fontFaces() {
		return this.fonts.faces();
	}

	/** Renders the document with the clock's date and a random file identifier; returns its page count. */
	public int render(String xhtml, Map<String, JFreeChart> charts, String language, Parts parts, OutputStream out) {
		return render(xhtml, charts, language, null, parts, out);
	}

	/**
	 * Renders the document and returns its page count. With a stamp, the same document is written
	 * byte for byte the same each time.
	 */
	public int render(String xhtml, Map<String, JFreeChart> charts, String language, DocumentStamp stamp, Parts parts,
			OutputStream out) {
		return render(LanguageMarkup.parse(xhtml), charts, language, stamp, parts, out);
	}

	/** Renders an XHTML document already parsed (and changed by this renderer: Chinese runs are marked). */
	public int render(Document document, Map<String, JFreeChart> charts, String language, DocumentStamp stamp, Parts parts,
			OutputStream out) {
		Part part = parts.take(this.fonts);
		try {
			typeset(document, language);
			return write(layout(document, charts, language, stamp, part), out);
		}
		finally {
			parts.give(part);
		}
	}

	/** The text as the edition sets it, before layout: tables marked for pagination, punctuation, Chinese runs. */
	public void typeset(Document document, String language) {
		TablePagination.apply(document);
		Typesetting.forLanguage(language).apply(document);
		String uncovered = LanguageMarkup.prepare(document, this.fonts);
		Typesetting.keepHeadingWords(document);
		if (uncovered != null) {
			throw new IllegalStateException("No bundled font has a glyph for " + uncovered
					+ "; correct the input text or add a font that covers it to templates/fonts");
		}
	}

	/** Styles and lays out the typeset document in pages. */
	public ITextRenderer layout(Document document, Map<String, JFreeChart> charts, String language, DocumentStamp stamp,
			Part part) {
		ITextOutputDevice device = this.tagged ? new TaggedOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT)
				: new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
		TemplateOnlyUserAgent userAgent = new TemplateOnlyUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
				this.templates);
		ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
				ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, userAgent, part.fontResolver());
		part.styles().setUserAgentCallback(userAgent);
		renderer.getSharedContext().setCss(part.styles());
		renderer.getSharedContext().setLineBreakingStrategy(new LineBreaks());
		renderer.getSharedContext().setReplacedElementFactory(new ChartElementFactory(device, charts, this.chartFonts));
		renderer.setListener(new DefaultPDFCreationListener() {
			@Override
			public void preOpen(ITextRenderer iTextRenderer) {
				iTextRenderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(language));
				// page contents compressed for speed, as the font subsets are (BundledFonts)
				iTextRenderer.getWriter().setCompressionLevel(PdfStream.BEST_SPEED);
				// a viewer shows the brief's title (not its file name) and opens the outline beside the pages
				iTextRenderer.getWriter()
					.setViewerPreferences(com.lowagie.text.pdf.PdfWriter.DisplayDocTitle
							| com.lowagie.text.pdf.PdfWriter.PageModeUseOutlines);
				if (PdfRenderer.this.tagged) {
					PdfUa.prepare(iTextRenderer.getWriter());
				}
			}

			@Override
			public void preWrite(ITextRenderer iTextRenderer, int pageCount) {
				if (PdfRenderer.this.archival) {
					try {
						iTextRenderer.getWriter().setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
								SRGB.get());
						if (PdfRenderer.this.tagged) {
							PdfUa.archivalOutputIntent(iTextRenderer.getWriter());
						}
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}
			}

			@Override
			public void onClose(ITextRenderer iTextRenderer) {
				if (stamp != null) {
					stamp.applyTo(iTextRenderer.getWriter());
				}
				// After Flying Saucer has set title, author, subject and keywords: XMP repeats them.
				if (PdfRenderer.this.tagged) {
					PdfUa.writeMetadata(iTextRenderer.getWriter(), PdfRenderer.this.archival);
				}
				else if (PdfRenderer.this.archival) {
					iTextRenderer.getWriter().createXmpMetadata();
				}
			}
		});
		if (this.archival && !this.tagged) {
			// tagged, the brief is PDF/A-2a instead (PdfUa): PDF/A-1 would need a CIDSet that PDF/UA-1 judges incomplete
			renderer.setPDFXConformance(com.lowagie.text.pdf.PdfWriter.PDFA1B);
		}
		renderer.setDocument(document, this.templates.toUri().toString(), NAMESPACE);
		renderer.layout();
		return renderer;
	}

	/** Paints the laid-out pages as PDF and returns their count. */
	public static int write(ITextRenderer renderer, OutputStream out) {
		try {
			renderer.createPDF(out);
		}
		catch (Exception ex) {
			throw new IllegalStateException("PDF rendering failed: " + ex.getMessage(), ex);
		}
		return renderer.getRootBox().getLayer().getPages().size();
	}

	/**
	 * What one brief hands on to the next of the same run: Flying Saucer's parsed stylesheets
	 * (the default one for XHTML and brief.css) and a font resolver with the bundled fonts
	 * registered. Each part is used by one brief at a time; a run makes as many as it renders at
	 * once, and drops them when it ends, so an edited stylesheet shows in the next run.
	 */
	public static final class Parts {

		private final Queue<Part> idle = new ConcurrentLinkedQueue<>();

		public Part take(BundledFonts fonts) {
			Part part = this.idle.poll();
			if (part == null) {
				ITextFontResolver resolver = new ITextFontResolver();
				fonts.registerWith(resolver);
				// The user agent is set for each brief; this one only satisfies the constructor.
				part = new Part(new KeptStylesheets(new ITextUserAgent(new ITextOutputDevice(
						ITextRenderer.DEFAULT_DOTS_PER_POINT), ITextRenderer.DEFAULT_DOTS_PER_PIXEL)), resolver);
			}
			return part;
		}

		public void give(Part part) {
			this.idle.add(part);
		}

	}

	public record Part(StyleReference styles, ITextFontResolver fontResolver) {
	}

	/**
	 * Styles that keep their parsed stylesheets from one brief to the next: Flying Saucer's own
	 * configuration ({@code xr.cache.stylesheets=false}) has every document flush them, and the
	 * user-agent defaults and brief.css were read and parsed again for each brief.
	 */
	private static final class KeptStylesheets extends StyleReference {

		KeptStylesheets(UserAgentCallback userAgent) {
			super(userAgent);
		}

		@Override
		public void flushAllStyleSheets() {
			// kept for the run: a part is dropped when its run ends, so an edited stylesheet shows in the next
		}

	}

}
