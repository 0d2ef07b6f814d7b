package org.policybriefs.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.render.BriefViews.FigureView;

import org.springframework.stereotype.Component;

/**
 * Renders one brief: model, then XHTML (FreeMarker), then PDF (Flying Saucer). Fonts are read
 * once per renderer; templates and message bundles on every brief, so edits show at once.
 */
@Component
public class BriefRenderer {

	/** Pixels per point of the chart images written beside kept XHTML (144 dpi). */
	private static final int IMAGE_SCALE = 2;

	private final BriefModelFactory models;

	private final RenderProperties properties;

	private final XhtmlRenderer xhtml;

	private volatile PdfRenderer pdf;

	BriefRenderer(BriefModelFactory models, RenderProperties properties) {
		this.models = models;
		this.properties = properties;
		this.xhtml = new XhtmlRenderer(properties.templates());
	}

	BriefModelFactory.RunData load(long instance) {
		return this.models.load(instance);
	}

	/** What the briefs of one run share: the run's data, read once. */
	RunSession session(long instance) {
		return new RunSession(load(instance));
	}

	/** The brief's XHTML and its charts, ready to be written as PDF or kept for a template author. */
	Prepared prepare(BriefModelFactory.RunData data, BriefRequest request) {
		Messages messages = Messages.load(this.properties.templates(), request.locale());
		Map<String, Object> model = this.models.build(data, request, messages);
		String page = this.xhtml.render(model, messages);
		@SuppressWarnings("unchecked")
		List<FigureView> figures = (List<FigureView>) model.get("figures");
		Map<String, JFreeChart> charts = new LinkedHashMap<>();
		Map<String, Integer> heights = new LinkedHashMap<>();
		for (FigureView figure : figures) {
			charts.put(figure.id(), ChartDrawing.chart(figure, pdf().chartFonts(), request.locale()));
			heights.put(figure.id(), figure.height());
		}
		return new Prepared(request, page, charts, heights);
	}

	String renderXhtml(BriefModelFactory.RunData data, BriefRequest request) {
		return prepare(data, request).xhtml();
	}

	int render(BriefModelFactory.RunData data, BriefRequest request, OutputStream out) {
		return render(prepare(data, request), out);
	}

	int render(Prepared prepared, OutputStream out) {
		return pdf().render(prepared.xhtml(), prepared.charts(), prepared.request().locale().toLanguageTag(), out);
	}

	/**
	 * Writes the XHTML, the stylesheet and each chart as a PNG into a folder, so that a template
	 * author can open the brief in a browser; the PDF draws the same charts as vector graphics.
	 */
	void keepXhtml(Prepared prepared, Path folder) {
		String base = prepared.request().baseName();
		AtomicFiles.write(folder.resolve(base + ".xhtml"),
				(out) -> out.write(prepared.xhtml().getBytes(StandardCharsets.UTF_8)));
		try {
			Files.createDirectories(folder);
			Files.copy(this.properties.templates().resolve("brief.css"), folder.resolve("brief.css"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		prepared.charts().forEach((id, chart) -> {
			int heightMm = prepared.heights().get(id);
			int width = points(ChartDrawing.WIDTH_MM);
			int height = points(heightMm);
			AtomicFiles.write(folder.resolve(chartImage(base, id)),
					(out) -> ChartUtils.writeScaledChartAsPNG(out, chart, width, height, IMAGE_SCALE, IMAGE_SCALE));
		});
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
					this.properties.latinFonts(), this.properties.cjkFonts()), this.properties.archival());
		}
		return this.pdf;
	}

	/** The briefs of one run: prepared and rendered from data read once for the run. */
	final class RunSession {

		private final BriefModelFactory.RunData data;

		private RunSession(BriefModelFactory.RunData data) {
			this.data = data;
		}

		BriefModelFactory.RunData data() {
			return this.data;
		}

		Prepared prepare(BriefRequest request) {
			return BriefRenderer.this.prepare(this.data, request);
		}

		int render(Prepared prepared, OutputStream out) {
			return BriefRenderer.this.render(prepared, out);
		}

	}

	/** A brief rendered to XHTML, with its charts by id and their heights in millimetres. */
	record Prepared(BriefRequest request, String xhtml, Map<String, JFreeChart> charts, Map<String, Integer> heights) {
	}

}
