package org.policybriefs.commentary;

import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The commentary step, after the indicators: the analyst's files parsed, their figures found, stale passages listed. */
@Configuration(proxyBeanMethods = false)
class CommentaryStepConfiguration {

	static final String STEP = "commentary";

	@Bean
	Step commentaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CommentaryTasklet commentaryTasklet) {
		return new StepBuilder(STEP, jobRepository).tasklet(commentaryTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	CommentaryTasklet commentaryTasklet(RunCommentary commentary, BriefRun.RunInput input) {
		return new CommentaryTasklet(commentary, input.folder());
	}

}
