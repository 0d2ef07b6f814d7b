package org.policybriefs.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.brief.BriefRequest;
import org.policybriefs.brief.BriefSelection;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.Sha256;
import org.policybriefs.render.RenderedBriefs.RenderedBrief;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders each requested brief into the run's staging folder, each PDF written whole under a
 * temporary name and then renamed, several briefs at once (one per processor by default).
 * Each finished brief is recorded in {@link RenderedBriefs} at once, so that a brief rendered by
 * an earlier attempt of the same run, or of the same partition on another worker, whose file is
 * still intact (same sha256) in staging or already published, is not rendered again. A run that
 * repairs a damaged publication takes over the briefs of the run it repairs that are still
 * published intact, and renders only the missing or changed ones. A partition of a run (on a worker) prints
 * each brief by its file name; the whole run's render step also counts them.
 */
class RenderTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RenderTasklet.class);

	/** Sub-folder of staging (and of the published folder) for kept XHTML, its CSS and chart images. */
	static final String XHTML_FOLDER = "xhtml";

	private final LongFunction<BriefRenderer.RunSession> sessions;

	private final RenderedBriefs records;

	private final Target target;

	private final int threads;

	private final String worker;

	RenderTasklet(LongFunction<BriefRenderer.RunSession> sessions, RenderedBriefs records, Target target, int threads,
			String worker) {
		this.sessions = sessions;
		this.records = records;
		this.target = target;
		this.threads = threads;
		this.worker = worker;
	}

	/**
	 * What to render: the brief list (as a run or a partition names it), the locales, the as-of
	 * date, the staging folder, whether to keep the XHTML, whether this is one partition of a run,
	 * the as-of folder the briefs are published into, and the job instance whose publication this
	 * run repairs ({@code null} when it repairs none).
	 */
	record Target(List<String> briefs, List<String> locales, LocalDate asOf, Path staging, boolean keepXhtml,
			boolean partition, Path published, Long repaired) {

		/** What a run renders: the given briefs (all the run's, or a partition's) in the run's locales. */
		static Target of(BriefRun run, List<String> briefs, boolean partition) {
			return new Target(briefs, run.locales(), run.asOf(), run.staging(), run.keepXhtml(), partition,
					run.published(), run.repairs());
		}

	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		long started = System.nanoTime();
		BriefRenderer.RunSession session = this.sessions.apply(instance);
		List<BriefRequest> requests = BriefSelection.expand(this.target.briefs(),
				session.data().regions().stream().map((region) -> region.code()).toList(), this.target.locales(),
				this.target.asOf());
		Path staging = this.target.staging();
		List<BriefRequest> pending = new ArrayList<>();
		for (BriefRequest request : requests) {
			if (!(alreadyRendered(instance, request) || takenOver(instance, request)) || !xhtmlKept(request)) {
				pending.add(request);
			}
		}
		int done = requests.size() - pending.size();
		ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(this.threads, pending.size())),
				new RenderThreads());
		try {
			CompletionService<RenderedBrief> completion = new ExecutorCompletionService<>(workers);
			for (BriefRequest request : pending) {
				completion.submit(() -> render(session, request));
			}
			for (int i = 0; i < pending.size(); i++) {
				RenderedBrief rendered = result(completion.take());
				this.records.record(instance, rendered);
				done++;
				contribution.incrementWriteCount(1);
				logger.info(this.target.partition()
						? String.format("render %s (%d pages)", rendered.file(), rendered.pages())
						: String.format("render %d/%d %s (%d pages)", done, requests.size(), rendered.file(),
								rendered.pages()));
			}
		}
		finally {
			workers.shutdownNow();
		}
		if (!pending.isEmpty()) {
			logger.info(String.format("rendered %d briefs in %.1f s on %d threads", pending.size(),
					(System.nanoTime() - started) / 1e9, Math.min(this.threads, pending.size())));
		}
		return RepeatStatus.FINISHED;
	}

	/** On a worker thread: the brief's PDF (and kept XHTML) in staging, with its page count and digest. */
	private RenderedBrief render(BriefRenderer.RunSession session, BriefRequest request) {
		Path target = this.target.staging().resolve(request.fileName());
		BriefRenderer.Prepared prepared = session.prepare(request);
		if (this.target.keepXhtml()) {
			session.keepXhtml(prepared, this.target.staging().resolve(XHTML_FOLDER));
		}
		int[] pages = new int[1];
		AtomicFiles.write(target, (out) -> pages[0] = session.render(prepared, out));
		return new RenderedBrief(request.briefId(), request.locale().toLanguageTag(), request.fileName(), size(target),
				pages[0], Sha256.of(target), this.worker);
	}

	/** The brief's outcome; a failure of one brief fails the step with its own exception. */
	private static RenderedBrief result(Future<RenderedBrief> future) throws Exception {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** Recorded by this run, and still intact: in staging, or already moved into the as-of folder. */
	private boolean alreadyRendered(long instance, BriefRequest request) {
		return this.records.sha256(instance, request.briefId(), request.locale().toLanguageTag())
			.filter((sha256) -> intact(this.target.staging().resolve(request.fileName()), sha256)
					|| intact(this.target.published().resolve(request.fileName()), sha256))
			.isPresent();
	}

	/** In a repair: the repaired run's brief, still published intact, recorded as this run's. */
	private boolean takenOver(long instance, BriefRequest request) {
		if (this.target.repaired() == null) {
			return false;
		}
		Optional<RenderedBrief> earlier = this.records.findAll(this.target.repaired())
			.stream()
			.filter((brief) -> brief.briefId().equals(request.briefId())
					&& brief.locale().equals(request.locale().toLanguageTag()))
			.findFirst();
		if (earlier.isEmpty() || !intact(this.target.published().resolve(request.fileName()), earlier.get().sha256())) {
			return false;
		}
		this.records.record(instance, earlier.get());
		logger.info("render " + request.fileName() + ": published intact, kept");
		return true;
	}

	private boolean xhtmlKept(BriefRequest request) {
		String name = request.baseName() + ".xhtml";
		return !this.target.keepXhtml() || Files.isRegularFile(this.target.staging().resolve(XHTML_FOLDER).resolve(name))
				|| Files.isRegularFile(this.target.published().resolve(XHTML_FOLDER).resolve(name));
	}

	private static boolean intact(Path file, String sha256) {
		return Files.isRegularFile(file) && sha256.equals(Sha256.of(file));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Daemon threads named render-1, render-2, … so that they show as such in a profile. */
	private static final class RenderThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "render-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
