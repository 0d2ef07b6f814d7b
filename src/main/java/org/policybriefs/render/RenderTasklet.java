package org.policybriefs.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.files.AtomicFiles;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Renders each requested brief into the run's staging folder, each PDF written whole under a
 * temporary name and then renamed. A brief already rendered by an earlier attempt of the
 * same run, whose file is still intact, is not rendered again.
 */
class RenderTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RenderTasklet.class);

	private final BriefRenderer renderer;

	private final NamedParameterJdbcTemplate jdbc;

	/** Sub-folder of staging (and of the published folder) for kept XHTML, its CSS and chart images. */
	static final String XHTML_FOLDER = "xhtml";

	private final List<String> briefs;

	private final List<String> locales;

	private final LocalDate asOf;

	private final Path staging;

	private final boolean keepXhtml;

	RenderTasklet(BriefRenderer renderer, NamedParameterJdbcTemplate jdbc, List<String> briefs, List<String> locales,
			LocalDate asOf, Path staging, boolean keepXhtml) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.briefs = briefs;
		this.locales = locales;
		this.asOf = asOf;
		this.staging = staging;
		this.keepXhtml = keepXhtml;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		BriefModelFactory.RunData data = this.renderer.load(instance);
		List<BriefRequest> requests = BriefSelection.expand(this.briefs,
				data.regions().stream().map((region) -> region.code()).toList(), this.locales, this.asOf);
		int done = 0;
		for (BriefRequest request : requests) {
			Path target = this.staging.resolve(request.fileName());
			if (alreadyRendered(instance, request, target) && (!this.keepXhtml || Files.isRegularFile(
					this.staging.resolve(XHTML_FOLDER).resolve(request.baseName() + ".xhtml")))) {
				done++;
				continue;
			}
			BriefRenderer.Prepared prepared = this.renderer.prepare(data, request);
			if (this.keepXhtml) {
				this.renderer.keepXhtml(prepared, this.staging.resolve(XHTML_FOLDER));
			}
			int[] pages = new int[1];
			AtomicFiles.write(target, (out) -> pages[0] = this.renderer.render(prepared, out));
			this.jdbc.update("""
					DELETE FROM rendered_brief WHERE job_instance_id = :instance AND brief_id = :brief AND locale = :locale""",
					params(instance, request));
			this.jdbc.update("""
					INSERT INTO rendered_brief (job_instance_id, brief_id, locale, file_name, bytes, pages, sha256)
					VALUES (:instance, :brief, :locale, :file, :bytes, :pages, :sha256)""",
					params(instance, request).addValue("file", request.fileName())
						.addValue("bytes", size(target))
						.addValue("pages", pages[0])
						.addValue("sha256", AtomicFiles.sha256(target)));
			done++;
			contribution.incrementWriteCount(1);
			logger.info(String.format("render %d/%d %s (%d pages)", done, requests.size(), request.fileName(),
					pages[0]));
		}
		return RepeatStatus.FINISHED;
	}

	private boolean alreadyRendered(long instance, BriefRequest request, Path target) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT sha256 FROM rendered_brief WHERE job_instance_id = :instance AND brief_id = :brief AND locale = :locale""",
				params(instance, request));
		return !rows.isEmpty() && Files.isRegularFile(target)
				&& rows.get(0).get("sha256").equals(AtomicFiles.sha256(target));
	}

	private static MapSqlParameterSource params(long instance, BriefRequest request) {
		return new MapSqlParameterSource("instance", instance).addValue("brief", request.briefId())
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

}
