package org.policybriefs.distribute;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.Region;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Checks {@code analysts.csv} with the data files, before anything is rendered, in {@code run} and
 * in {@code validate}: a file that cannot be read stops the run naming its line, and each rejected
 * row is reported as the data files' are, so that no analyst is left out without a word.
 */
class AnalystCheckTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(AnalystCheckTasklet.class);

	private final IngestedData ingested;

	private final Path input;

	AnalystCheckTasklet(IngestedData ingested, Path input) {
		this.ingested = ingested;
		this.input = input;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		List<String> regions = this.ingested.regions(instance).stream().map(Region::code).toList();
		AnalystList.Subscriptions subscriptions = AnalystList.read(this.input, regions);
		logger.info(String.format("%-17s read %d, accepted %d, rejected %d", AnalystList.FILE, subscriptions.read(),
				subscriptions.analysts().size(), subscriptions.rejected().size()));
		for (AnalystList.Rejected rejected : subscriptions.rejected()) {
			logger.info("  line " + rejected.line() + ", '" + rejected.email() + "': " + rejected.reason());
		}
		contribution.getStepExecution().getExecutionContext().putInt("analysts.rejected", subscriptions.rejected().size());
		return RepeatStatus.FINISHED;
	}

}
