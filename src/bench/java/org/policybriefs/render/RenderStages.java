package org.policybriefs.render;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policybriefs.pdf.BundledFonts;
import org.policybriefs.pdf.LanguageMarkup;
import org.policybriefs.pdf.PdfRenderer;

import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Where one warm brief's time goes, stage by stage: model and XHTML (FreeMarker) with the chart
 * objects, XML parsing, typesetting (pagination marks, punctuation, Chinese runs, glyph check),
 * style and layout (Flying Saucer), painting and writing the PDF (Flying Saucer, OpenPDF). Each
 * stage in thread CPU time, which another busy process on the machine disturbs less than wall
 * time; the median of the measured rounds. Same set-up as {@link RenderBenchmark}.
 *
 * <pre>bench/stages.sh [BRIEF=comparative] [LOCALE=en] [WARM-UP=150] [ROUNDS=150]</pre>
 */
public final class RenderStages {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private RenderStages() {
	}

	public static void main(String[] args) throws IOException {
		RenderBenchmark bench = new RenderBenchmark();
		bench.brief = (args.length > 0) ? args[0] : "comparative";
		bench.locale = (args.length > 1) ? args[1] : "en";
		int warmUp = (args.length > 2) ? Integer.parseInt(args[2]) : 150;
		int rounds = (args.length > 3) ? Integer.parseInt(args[3]) : 150;
		bench.start();
		RenderProperties properties = bench.context.getBean(RenderProperties.class);
		BundledFonts fonts = new BundledFonts(properties.templates(), properties.latinFonts(), properties.cjkFonts());
		PdfRenderer pdf = new PdfRenderer(properties.templates(), fonts, properties.archival());
		PdfRenderer.Parts parts = new PdfRenderer.Parts();
		Map<String, long[]> times = new LinkedHashMap<>();
		for (String stage : new String[] { "model and XHTML", "XML parsing", "typesetting", "style and layout",
				"paint and write PDF", "whole brief" }) {
			times.put(stage, new long[rounds]);
		}
		String language = bench.request.locale().toLanguageTag();
		for (int round = -warmUp; round < rounds; round++) {
			long[] marks = new long[6];
			marks[0] = THREADS.getCurrentThreadCpuTime();
			BriefRenderer.Prepared prepared = bench.session.prepare(bench.request);
			marks[1] = THREADS.getCurrentThreadCpuTime();
			Document document = LanguageMarkup.parse(prepared.xhtml());
			marks[2] = THREADS.getCurrentThreadCpuTime();
			pdf.typeset(document, language);
			marks[3] = THREADS.getCurrentThreadCpuTime();
			PdfRenderer.Part part = parts.take(fonts);
			ITextRenderer laidOut = pdf.layout(document, prepared.charts(), language, null, part);
			marks[4] = THREADS.getCurrentThreadCpuTime();
			PdfRenderer.write(laidOut, OutputStream.nullOutputStream());
			marks[5] = THREADS.getCurrentThreadCpuTime();
			parts.give(part);
			if (round >= 0) {
				int stage = 0;
				for (long[] values : times.values()) {
					values[round] = (stage < 5) ? marks[stage + 1] - marks[stage] : marks[5] - marks[0];
					stage++;
				}
			}
		}
		System.out.printf("%s %s, %d rounds after %d warm-up, thread CPU time, median:%n", bench.brief, bench.locale,
				rounds, warmUp);
		times.forEach((stage, values) -> {
			long[] sorted = values.clone();
			Arrays.sort(sorted);
			System.out.printf("  %-22s %7.2f ms%n", stage, sorted[rounds / 2] / 1e6);
		});
		bench.stop();
	}

}
