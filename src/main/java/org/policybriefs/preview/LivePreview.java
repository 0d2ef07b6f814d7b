package org.policybriefs.preview;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongFunction;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.policybriefs.brief.BriefRequest;
import org.policybriefs.brief.TemplateFailure;
import org.policybriefs.commentary.Commentary;
import org.policybriefs.evidence.EvidenceData;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.CheckedInput;
import org.policybriefs.render.BriefPreviews;
import org.policybriefs.render.BriefRenderer;

/**
 * The briefs as the files are now, numbered by version: each refresh runs validate's checks
 * (ingest, evidence, indicators) into the scratch database in memory, reads the briefs' data from
 * it once and deletes it there, and renders each brief's XHTML when a page asks for it, once per
 * version. A version that failed holds its problems instead of briefs: what was rendered before
 * is gone, never shown as if it were current.
 */
final class LivePreview {

	private final BriefRuns runs;

	private final BriefRenderer renderer;

	private final IngestedData ingested;

	private final IndicatorValues values;

	private final EvidenceData evidence;

	private final PreviewRequest request;

	private final Object versions = new Object();

	private volatile Version current = new Version(0, null, List.of("no version yet: the first check is running"),
			LocalTime.now(), Duration.ZERO, Map.of());

	/** The briefs a browser looked at in the current version, rendered first in the next one. */
	private final Set<String> open = ConcurrentHashMap.newKeySet();

	/** The analyst's commentary of a checked input, bound to its figures. */
	private final LongFunction<Commentary> commentary;

	LivePreview(BriefRuns runs, BriefRenderer renderer, IngestedData ingested, IndicatorValues values,
			EvidenceData evidence, PreviewRequest request, LongFunction<Commentary> commentary) {
		this.commentary = commentary;
		this.runs = runs;
		this.renderer = renderer;
		this.ingested = ingested;
		this.values = values;
		this.evidence = evidence;
		this.request = request;
	}

	/** Checks the files as they are now and makes the result the next version; one refresh at a time. */
	synchronized Version refresh() {
		long started = System.nanoTime();
		CheckedInput checked = null;
		BriefPreviews briefs = null;
		List<String> problems = List.of();
		try {
			checked = this.runs.check(this.request.input(), false, BriefRunRequest.NO_REJECT_LIMIT);
			if (checked.passed()) {
				briefs = this.renderer.preview(checked.instance(), this.commentary.apply(checked.instance()));
			}
			else {
				problems = checked.outcome().problems();
			}
		}
		catch (RuntimeException ex) {
			problems = List.of(describe(ex));
		}
		finally {
			if (checked != null) {
				// the briefs' data is in memory now: the scratch database keeps none of it
				List<Long> instance = List.of(checked.instance());
				this.ingested.deleteRuns(instance);
				this.values.deleteRuns(instance);
				this.evidence.deleteRuns(instance);
			}
		}
		Version next = new Version(this.current.number() + 1, briefs, problems, LocalTime.now(),
				Duration.ofNanos(System.nanoTime() - started), new ConcurrentHashMap<>());
		// the briefs open in a browser are ready when it reloads
		List<String> wanted = List.copyOf(this.open);
		this.open.clear();
		for (String baseName : wanted) {
			next.page(baseName, this, false);
		}
		synchronized (this.versions) {
			this.current = next;
			this.versions.notifyAll();
		}
		return next;
	}

	Version current() {
		return this.current;
	}

	/** Waits until there is a version after the given one, or the time is up; returns the current number. */
	long awaitAfter(long seen, Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		synchronized (this.versions) {
			while (this.current.number() <= seen) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				this.versions.wait(Math.max(1, left / 1_000_000));
			}
			return this.current.number();
		}
	}

	PreviewRequest request() {
		return this.request;
	}

	/**
	 * The problem in the words validate would use: a template's file and line, or the first cause
	 * that says something (a catalog's file and line).
	 */
	String describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TemplateFailure template) {
				String file = this.renderer.templates().getFileName() + "/" + template.template();
				String where = (template.line() > 0)
						? file + ":" + template.line() + ((template.column() > 0) ? ":" + template.column() : "") : file;
				return where + ": " + template.problem();
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (!cause.getClass().getName().startsWith("org.springframework.") && cause.getMessage() != null
					&& !cause.getMessage().isBlank()) {
				return cause.getMessage().strip();
			}
		}
		return failure.toString();
	}

	/**
	 * One state of the files: the briefs made from them, or the problems that stopped them.
	 *
	 * @param number counts up from 1 with every refresh
	 * @param briefs the briefs, null when the input or a catalog failed
	 * @param problems what failed, in validate's words, each naming its file and line
	 * @param checkedAt when the refresh ended
	 * @param took how long the checks and the briefs' data took
	 * @param pages each brief's page of this version, by base name, rendered when first asked for
	 */
	record Version(long number, BriefPreviews briefs, List<String> problems, LocalTime checkedAt, Duration took,
			Map<String, Rendered> pages) {

		boolean failed() {
			return this.briefs == null;
		}

		/** The briefs of the preview's selection and locales, empty when this version failed. */
		List<BriefRequest> listed(PreviewRequest request) {
			if (failed()) {
				return List.of();
			}
			return this.briefs.briefs(request.briefs(), request.locales(), request.asOf());
		}

		/**
		 * The brief named {@code <brief>.<locale>}, rendered once for this version; empty when there
		 * is no such brief. A brief viewed is rendered first in the next version.
		 */
		Optional<Rendered> page(String baseName, LivePreview preview, boolean viewed) {
			if (failed()) {
				return Optional.empty();
			}
			Optional<BriefRequest> brief = listed(preview.request())
				.stream()
				.filter((candidate) -> candidate.baseName().equals(baseName))
				.findFirst();
			if (brief.isEmpty()) {
				return Optional.empty();
			}
			if (viewed) {
				preview.open.add(baseName);
			}
			return Optional.of(this.pages.computeIfAbsent(baseName, (name) -> {
				long started = System.nanoTime();
				try {
					return new Rendered(this.briefs.page(brief.get()), null,
							Duration.ofNanos(System.nanoTime() - started));
				}
				catch (RuntimeException ex) {
					return new Rendered(null, preview.describe(ex), Duration.ofNanos(System.nanoTime() - started));
				}
			}));
		}

		/** How many rows of the input were not loaded (a row may have several reasons). */
		int rowsRejected() {
			return failed() ? 0
					: (int) this.briefs.rejects().stream().map((r) -> r.file() + ":" + r.line()).distinct().count();
		}

		String checkedAtText() {
			return this.checkedAt.truncatedTo(ChronoUnit.SECONDS).toString();
		}

	}

	/** A brief's page: its XHTML, or the problem that stopped it (a template's file and line). */
	record Rendered(BriefPreviews.Page page, String problem, Duration took) {
	}

}
