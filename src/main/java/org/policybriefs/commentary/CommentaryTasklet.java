package org.policybriefs.commentary;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Checks the commentary of a run or a check: every file parses, every figure is found, and each
 * passage written against a value that has since changed is listed, a line per figure. With
 * {@code briefs.commentary.stale=fail} a stale passage stops the run.
 */
class CommentaryTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(CommentaryTasklet.class);

	private final RunCommentary commentary;

	private final Path input;

	CommentaryTasklet(RunCommentary commentary, Path input) {
		this.commentary = commentary;
		this.input = input;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		JobParameters parameters = contribution.getStepExecution().getJobParameters();
		Commentary bound = this.commentary.bind(this.input, BriefRun.outputOf(parameters), BriefRun.asOfOf(parameters),
				instance);
		List<String> stale = bound.staleLines();
		if (!bound.files().isEmpty()) {
			logger.info(String.format("%-17s %d passages in %d files, %d stale", "commentary", bound.passages().size(),
					bound.files().size(), bound.stale().size()));
		}
		stale.forEach((line) -> logger.warn(String.format("%-17s %s", "stale", line)));
		bound.unbound().forEach((line) -> logger.warn(String.format("%-17s %s", "unbound", line)));
		if (!stale.isEmpty() && bound.mode() == StaleMode.FAIL) {
			throw new CommentaryException(bound.stale().size() + " stale passage" + ((bound.stale().size() == 1) ? "" : "s")
					+ " and briefs.commentary.stale=fail: " + String.join("; ", stale)
					+ "; re-read each and run rebind FILE:LINE (or rebind --all), or set briefs.commentary.stale=mark");
		}
		return RepeatStatus.FINISHED;
	}

}
