package org.policybriefs.render;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.policybriefs.brief.Brief;
import org.policybriefs.brief.BriefModelFactory;
import org.policybriefs.brief.BriefRequest;
import org.policybriefs.brief.BriefSettings;
import org.policybriefs.brief.BriefViews.FigureView;
import org.policybriefs.brief.EditorialProperties;
import org.policybriefs.brief.QuoteScript;
import org.policybriefs.brief.RunData;
import org.policybriefs.brief.SectionBuilder;
import org.policybriefs.brief.XhtmlRenderer;
import org.policybriefs.commentary.Commentary;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.evidence.EvidenceData;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.Sha256;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.InputTexts;
import org.policybriefs.pdf.BundledFonts;
import org.policybriefs.pdf.ChineseText;
import org.policybriefs.pdf.DocumentStamp;
import org.policybriefs.pdf.PdfRenderer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders briefs: typed model, then XHTML (FreeMarker), then PDF (Flying Saucer). Fonts are read
 * once per JVM; the run's data, message bundles and the stylesheet once per run (a
 * {@link RunSession}), so an edit to the templates or the words shows in the next run. A session
 * may prepare and render several briefs at once.
 */
@Component
public class BriefRenderer {

	/** Pixels per point of the chart images written beside kept XHTML (144 dpi). */
	private static final int IMAGE_SCALE = 2;

	private final BriefModelFactory models;

	private final RenderProperties properties;

	private final XhtmlRenderer xhtml;

	private volatile PdfRenderer pdf;

	private static final Log logger = LogFactory.getLog(BriefRenderer.class);

	/** A page in a bundled font (PDF/A embeds every font), to load the classes a brief needs. */
	private static final String WARM_UP_PAGE = """
			<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>warm-up</title></head>
			<body style="font-family: 'Noto Serif'"><p>warm-up <b>1.5</b> <span lang="zh">预热</span></p></body></html>""";

	private final MessageSource messages;

	BriefRenderer(IngestedData ingested, InputTexts texts, IndicatorValues values, EvidenceData evidence, RenderProperties properties,
			EditorialProperties editorial, MessageSource messages, List<SectionBuilder> sections,
			ObjectProvider<QuoteScript> quotes) {
		this.messages = messages;
		this.models = new BriefModelFactory(ingested, texts, values, evidence,
				new BriefSettings(properties.templates(), editorial.publisher(), editorial.series(),
						editorial.edition(), editorial.contact(), editorial.disclaimer(), properties.referenceRegion(),
						properties.peers(), properties.compared()),
				messages, sections, quotes.getIfAvailable(() -> QuoteScript.ORIGINAL));
		this.properties = properties;
		this.xhtml = new XhtmlRenderer(properties.templates());
	}

	/**
	 * Reads the fonts and the template and loads the PDF renderer's classes on a background
	 * thread, so that a cold start does this on the second processor while the run ingests its
	 * data; the first brief then waits only for what is not yet done.
	 */
	public void warmUpInBackground() {
		Thread thread = new Thread(this::warmUp, "render-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private void warmUp() {
		try {
			PdfRenderer renderer = pdf();
			this.xhtml.load();
			renderer.render(WARM_UP_PAGE, Map.of(), "en", new PdfRenderer.Parts(), OutputStream.nullOutputStream());
			ChineseText.prepare();
		}
		catch (RuntimeException ex) {
			// Only time is lost: the first brief does the same work and reports any problem itself.
			logger.debug("Render warm-up failed: " + ex.getMessage(), ex);
		}
	}

	/** The factory of the briefs' models, for a message that says what a brief says. */
	public BriefModelFactory models() {
		return this.models;
	}

	/** The templates folder: templates, stylesheet, message bundles and fonts. */
	public Path templates() {
		return this.properties.templates();
	}

	/** What the briefs of one run share: the run's data, read once, and the run's message bundles. */
	RunSession session(long instance) {
		return session(instance, null, Commentary.NONE);
	}

	/** A session whose briefs say what changed since the previous edition and print the analyst's commentary. */
	RunSession session(long instance, EditionChanges changes, Commentary commentary) {
		if (this.messages instanceof ReloadableResourceBundleMessageSource reloadable) {
			// the words as they are now on disk, for every brief of this run
			reloadable.clearCache();
		}
		return new RunSession(this.models.load(instance, changes, commentary));
	}

	/**
	 * The briefs of a checked input for a preview: its data read now, the words and templates as
	 * they are on disk now, and no earlier edition to compare with. Nothing is written anywhere.
	 */
	public BriefPreviews preview(long instance, Commentary commentary) {
		return new BriefPreviews(this, session(instance, null, commentary));
	}

	/** The faces of the fonts bundled in the templates folder, which the PDF draws with. */
	List<org.policybriefs.pdf.BundledFonts.Face> fontFaces() {
		return pdf().fontFaces();
	}

	/** The briefs of one run: prepared and rendered from data read once for the run; safe to use from several threads. */
	final class RunSession {

		private final RunData data;

		private final PdfRenderer.Parts parts = new PdfRenderer.Parts();

		private final AtomicBoolean stylesheetKept = new AtomicBoolean();

		private RunSession(RunData data) {
			this.data = data;
		}

		RunData data() {
			return this.data;
		}

		/** The brief's XHTML and its charts, ready to be written as PDF or kept for a template author. */
		Prepared prepare(BriefRequest request) {
			Brief brief = BriefRenderer.this.models.build(this.data, request);
			String page = BriefRenderer.this.xhtml.render(brief, BriefRenderer.this.models.words(request.locale()));
			Map<String, JFreeChart> charts = new LinkedHashMap<>();
			Map<String, Integer> heights = new LinkedHashMap<>();
			for (FigureView figure : brief.charts()) {
				charts.put(figure.id(), ChartDrawing.chart(figure, pdf().chartFonts(), request.locale()));
				heights.put(figure.id(), figure.height());
			}
			return new Prepared(request, page, charts, heights);
		}

		/** Writes the brief as PDF and returns its page count. */
		int render(Prepared prepared, OutputStream out) {
			return pdf().render(prepared.xhtml(), prepared.charts(), prepared.request().locale().toLanguageTag(),
					stamp(prepared), this.parts, out);
		}

		/**
		 * The brief's date is its as-of date and its file identifier a digest of what it shows (its
		 * name, date and XHTML, which the run's input and templates make), so that an unchanged brief
		 * rendered again is the same file, byte for byte, and is not mailed again.
		 */
		private DocumentStamp stamp(Prepared prepared) {
			BriefRequest request = prepared.request();
			String digest = Sha256.begin()
				.text(request.baseName())
				.separator()
				.text(request.asOf().toString())
				.separator()
				.text(prepared.xhtml())
				.hex();
			return new DocumentStamp(request.asOf(), HexFormat.of().parseHex(digest));
		}

		/**
		 * Writes the XHTML, the stylesheet and each chart as a PNG into a folder, so that a template
		 * author can open the brief in a browser; the PDF draws the same charts as vector graphics.
		 */
		void keepXhtml(Prepared prepared, Path folder) {
			String base = prepared.request().baseName();
			AtomicFiles.write(folder.resolve(base + ".xhtml"),
					(out) -> out.write(prepared.xhtml().getBytes(StandardCharsets.UTF_8)));
			if (this.stylesheetKept.compareAndSet(false, true) || !Files.isRegularFile(folder.resolve("brief.css"))) {
				AtomicFiles.write(folder.resolve("brief.css"),
						(out) -> Files.copy(BriefRenderer.this.properties.templates().resolve("brief.css"), out));
			}
			prepared.charts()
				.keySet()
				.forEach((id) -> AtomicFiles.write(folder.resolve(chartImage(base, id)),
						(out) -> writeChartImage(prepared, id, out)));
		}

	}

	/** A chart of the brief as the PNG image the XHTML names for a browser, at 144 dpi. */
	static void writeChartImage(Prepared prepared, String id, OutputStream out) throws java.io.IOException {
		ChartUtils.writeScaledChartAsPNG(out, prepared.charts().get(id), points(ChartDrawing.WIDTH_MM),
				points(prepared.heights().get(id)), IMAGE_SCALE, IMAGE_SCALE);

	}

	/** Where a chart's image lies relative to the kept XHTML; the template writes the same path. */
	static String chartImage(String baseName, String chartId) {
		return "charts/" + baseName + "-" + chartId + ".png";
	}

	private static int points(int millimetres) {
		return (int) Math.round(millimetres * 72 / 25.4);
	}

	private synchronized PdfRenderer pdf() {
		if (this.pdf == null) {
			this.pdf = new PdfRenderer(this.properties.templates(), new BundledFonts(this.properties.templates(),
					this.properties.latinFonts(), this.properties.cjkFonts()), this.properties.archival(),
					this.properties.tagged());
		}
		return this.pdf;
	}

	/** A brief rendered to XHTML, with its charts by id and their heights in millimetres. */
	record Prepared(BriefRequest request, String xhtml, Map<String, JFreeChart> charts, Map<String, Integer> heights) {
	}

}
