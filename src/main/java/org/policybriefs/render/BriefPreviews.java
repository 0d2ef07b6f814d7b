package org.policybriefs.render;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefRequest;
import org.policybriefs.brief.BriefSelection;
import org.policybriefs.brief.BriefViews.RejectLine;
import org.policybriefs.pdf.BundledFonts;

/**
 * The briefs of one checked input, for a preview: the same model, XHTML, charts and PDF as a run
 * makes (one {@link BriefRenderer} session), rendered one brief at a time on demand and written
 * to the caller, never to a file.
 */
public final class BriefPreviews {

	private final BriefRenderer.RunSession session;

	private final BriefRenderer renderer;

	BriefPreviews(BriefRenderer renderer, BriefRenderer.RunSession session) {
		this.renderer = renderer;
		this.session = session;
	}

	/** The briefs of a selection ({@code all}, {@code comparative}, {@code region:CODE}, …) over the input's regions. */
	public List<BriefRequest> briefs(List<String> selection, List<String> locales, LocalDate asOf) {
		return BriefSelection.expand(selection, this.session.data().regions().stream().map((r) -> r.code()).toList(),
				locales, asOf);
	}

	/** The rows of the input that were not loaded, as the brief's data quality section lists them. */
	public List<RejectLine> rejects() {
		return this.session.data().rejects();
	}

	/** The brief's model rendered to XHTML, with its charts; the PDF is made only when asked for. */
	public Page page(BriefRequest request) {
		return new Page(this.session.prepare(request));
	}

	/** The faces of the bundled fonts, which a browser needs to draw the brief as its PDF does. */
	public List<BundledFonts.Face> fontFaces() {
		return this.renderer.fontFaces();
	}

	/** One brief rendered to XHTML. */
	public final class Page {

		private final BriefRenderer.Prepared prepared;

		private Page(BriefRenderer.Prepared prepared) {
			this.prepared = prepared;
		}

		public BriefRequest request() {
			return this.prepared.request();
		}

		public String xhtml() {
			return this.prepared.xhtml();
		}

		/**
		 * Writes the chart the XHTML names by this path ({@code charts/<brief>.<locale>-<id>.png})
		 * as a PNG; false when the brief has no such chart.
		 */
		public boolean writeChart(String path, OutputStream out) throws IOException {
			String base = this.prepared.request().baseName();
			Optional<String> id = this.prepared.charts()
				.keySet()
				.stream()
				.filter((chart) -> BriefRenderer.chartImage(base, chart).equals(path))
				.findFirst();
			if (id.isEmpty()) {
				return false;
			}
			BriefRenderer.writeChartImage(this.prepared, id.get(), out);
			return true;
		}

		/** Writes the brief as the PDF a run would publish; returns its page count. */
		public int writePdf(OutputStream out) {
			return BriefPreviews.this.session.render(this.prepared, out);
		}

	}

}
