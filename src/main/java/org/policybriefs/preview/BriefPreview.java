package org.policybriefs.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.policybriefs.commentary.RunCommentary;
import org.policybriefs.evidence.EvidenceData;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.render.BriefRenderer;

import org.springframework.stereotype.Component;

/**
 * The {@code preview} command: the briefs served to a browser on 127.0.0.1 as XHTML with their
 * stylesheet and fonts (the PDF a click away), made again whenever a file of the input or the
 * templates changes, the open page reloading by itself. Nothing is published, mailed or written
 * into the output folder; the checks run in a database in memory.
 */
@Component
public class BriefPreview {

	private final BriefRuns runs;

	private final BriefRenderer renderer;

	private final IngestedData ingested;

	private final IndicatorValues values;

	private final EvidenceData evidence;

	private final PreviewProperties properties;

	private final RunCommentary commentary;

	BriefPreview(BriefRuns runs, BriefRenderer renderer, IngestedData ingested, IndicatorValues values,
			EvidenceData evidence, PreviewProperties properties, RunCommentary commentary) {
		this.commentary = commentary;
		this.runs = runs;
		this.renderer = renderer;
		this.ingested = ingested;
		this.values = values;
		this.evidence = evidence;
		this.properties = properties;
	}

	/** Serves the preview until the process is stopped; returns only if it cannot start. */
	public int serve(PreviewRequest request, PrintStream out, PrintStream err) {
		LivePreview preview = new LivePreview(this.runs, this.renderer, this.ingested, this.values, this.evidence,
				request, (instance) -> this.commentary.bind(request.input(), null, request.asOf(), instance));
		PreviewServer server;
		try {
			server = new PreviewServer(preview, AccessToken.random(new SecureRandom()), this.renderer.templates(),
					request.port());
		}
		catch (IOException ex) {
			err.println("error: preview cannot listen on 127.0.0.1:" + request.port() + ": " + ex.getMessage()
					+ "; give another --port, or 0 for any free one");
			return 1;
		}
		report(preview.refresh(), out, err);
		FolderWatch watch = new FolderWatch(List.of(request.input(), this.renderer.templates()),
				new SaveBurst(this.properties.quiet(), this.properties.longest()), () -> report(preview.refresh(), out, err));
		server.start();
		watch.start();
		out.println("preview of " + request.input() + " with " + this.renderer.templates() + " at " + server.address());
		out.println("(only for you: the address carries a token; the page reloads when a file changes; Ctrl-C stops)");
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			watch.close();
			server.close();
			stopped.countDown();
		}, "preview-stop"));
		try {
			stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return 0;
	}

	private static void report(LivePreview.Version version, PrintStream out, PrintStream err) {
		if (version.failed()) {
			version.problems().forEach((problem) -> err.println("error: " + problem));
			err.println("version " + version.number() + " failed; the page shows the problem");
			return;
		}
		int rejected = version.rowsRejected();
		out.println("version " + version.number() + " checked in " + version.took().toMillis() + " ms"
				+ ((rejected == 0) ? "" : "; " + PreviewPages.rowsNotLoaded(rejected) + ", see the page"));
	}

}
