package org.policybriefs.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.Sha256;
import org.policybriefs.render.model.BriefRequest;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders each requested brief into the run's staging folder, each PDF written whole under a
 * temporary name and then renamed, several briefs at once (one per processor by default).
 * Each finished brief is recorded in {@code rendered_brief} at once, in its own transaction, so
 * that a brief rendered by an earlier attempt of the same run, whose file is still intact (same
 * sha256) in staging or already published, is not rendered again. A run that repairs a damaged
 * publication takes over the briefs of the run it repairs that are still intact, and renders only
 * the missing or changed ones.
 */
class RenderTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RenderTasklet.class);

	private final BriefRenderer renderer;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	/** Sub-folder of staging (and of the published folder) for kept XHTML, its CSS and chart images. */
	static final String XHTML_FOLDER = "xhtml";

	private final List<String> briefs;

	private final List<String> locales;

	private final LocalDate asOf;

	private final Path staging;

	private final boolean keepXhtml;

	private final int threads;

	private final RunChanges changes;

	private final Path output;

	/** The as-of folder the publish step moves the briefs into. */
	private final Path published;

	/** The job instance whose publication this run repairs, or {@code null}. */
	private final Long repaired;

	RenderTasklet(BriefRenderer renderer, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
			List<String> briefs, List<String> locales, LocalDate asOf, Path staging, boolean keepXhtml, int threads,
			RunChanges changes, Path output, Long repaired) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.briefs = briefs;
		this.locales = locales;
		this.asOf = asOf;
		this.staging = staging;
		this.keepXhtml = keepXhtml;
		this.threads = threads;
		this.changes = changes;
		this.output = output;
		this.published = output.resolve(asOf.toString());
		this.repaired = repaired;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		long started = System.nanoTime();
		BriefRenderer.RunSession session = this.renderer.session(instance,
				this.changes.since(this.output, this.asOf, instance));
		List<BriefRequest> requests = BriefSelection.expand(this.briefs,
				session.data().regions().stream().map((region) -> region.code()).toList(), this.locales, this.asOf);
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
			CompletionService<Rendered> completion = new ExecutorCompletionService<>(workers);
			for (BriefRequest request : pending) {
				completion.submit(() -> render(session, request));
			}
			for (int i = 0; i < pending.size(); i++) {
				Rendered rendered = result(completion.take());
				this.ownTransaction.executeWithoutResult((status) -> record(instance, rendered));
				done++;
				contribution.incrementWriteCount(1);
				logger.info(String.format("render %d/%d %s (%d pages)", done, requests.size(),
						rendered.request().fileName(), rendered.pages()));
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
	private Rendered render(BriefRenderer.RunSession session, BriefRequest request) {
		Path target = this.staging.resolve(request.fileName());
		BriefRenderer.Prepared prepared = session.prepare(request);
		if (this.keepXhtml) {
			session.keepXhtml(prepared, this.staging.resolve(XHTML_FOLDER));
		}
		int[] pages = new int[1];
		AtomicFiles.write(target, (out) -> pages[0] = session.render(prepared, out));
		return new Rendered(request, pages[0], size(target), Sha256.of(target));
	}

	private void record(long instance, Rendered rendered) {
		this.jdbc.update("""
				DELETE FROM rendered_brief WHERE job_instance_id = :instance AND brief_id = :brief AND locale = :locale""",
				params(instance, rendered.request()));
		this.jdbc.update("""
				INSERT INTO rendered_brief (job_instance_id, brief_id, locale, file_name, bytes, pages, sha256)
				VALUES (:instance, :brief, :locale, :file, :bytes, :pages, :sha256)""",
				params(instance, rendered.request()).addValue("file", rendered.request().fileName())
					.addValue("bytes", rendered.bytes())
					.addValue("pages", rendered.pages())
					.addValue("sha256", rendered.sha256()));
	}

	/** The brief's outcome; a failure of one brief fails the step with its own exception. */
	private static Rendered result(Future<Rendered> future) throws Exception {
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
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT sha256 FROM rendered_brief WHERE job_instance_id = :instance AND brief_id = :brief AND locale = :locale""",
				params(instance, request));
		return !rows.isEmpty() && (intact(this.staging.resolve(request.fileName()), (String) rows.get(0).get("sha256"))
				|| intact(this.published.resolve(request.fileName()), (String) rows.get(0).get("sha256")));
	}

	/** In a repair: the repaired run's brief, still published intact, recorded as this run's. */
	private boolean takenOver(long instance, BriefRequest request) {
		if (this.repaired == null) {
			return false;
		}
		List<Rendered> earlier = this.jdbc.query("""
				SELECT pages, bytes, sha256 FROM rendered_brief
				WHERE job_instance_id = :instance AND brief_id = :brief AND locale = :locale""",
				params(this.repaired, request),
				(rs, n) -> new Rendered(request, rs.getInt("pages"), rs.getLong("bytes"), rs.getString("sha256")));
		if (earlier.isEmpty() || !intact(this.published.resolve(request.fileName()), earlier.get(0).sha256())) {
			return false;
		}
		this.ownTransaction.executeWithoutResult((status) -> record(instance, earlier.get(0)));
		logger.info("render " + request.fileName() + ": published intact by run instance " + this.repaired + ", kept");
		return true;
	}

	private boolean xhtmlKept(BriefRequest request) {
		String name = request.baseName() + ".xhtml";
		return !this.keepXhtml || Files.isRegularFile(this.staging.resolve(XHTML_FOLDER).resolve(name))
				|| Files.isRegularFile(this.published.resolve(XHTML_FOLDER).resolve(name));
	}

	private static boolean intact(Path file, String sha256) {
		return Files.isRegularFile(file) && sha256.equals(Sha256.of(file));
	}

	private static MapSqlParameterSource params(long instance, BriefRequest request) {
		return new MapSqlParameterSource("instance", instance).addValue("brief", request.briefId().toString())
			.addValue("locale", request.locale().toLanguageTag());
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private record Rendered(BriefRequest request, int pages, long bytes, String sha256) {
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
