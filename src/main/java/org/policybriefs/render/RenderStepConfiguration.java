package org.policybriefs.render;

import java.util.Optional;

import org.policybriefs.brief.EditorialProperties;
import org.policybriefs.commentary.RunCommentary;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The render step: every requested brief and locale, from the run's data to PDFs in staging; in
 * this JVM, or with a broker configured, in partitions that workers take.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RenderProperties.class, EditorialProperties.class, WorkerProperties.class })
class RenderStepConfiguration {

	@Bean
	Step renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RenderTasklet renderTasklet, Optional<RenderPartitions> partitions) {
		if (partitions.isPresent()) {
			return partitions.get().managerStep(RenderedBriefs.STEP);
		}
		return new StepBuilder(RenderedBriefs.STEP, jobRepository).tasklet(renderTasklet, transactionManager)
			.transactionAttribute(perStatement())
			// started again with every restart of the run, to make again a brief lost before it was published
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	RenderTasklet renderTasklet(BriefRenderer renderer, RenderedBriefs records, RenderProperties properties,
			WorkerProperties workers, RunChanges changes, RunCommentary commentary, BriefRun run) {
		return new RenderTasklet(
				(instance) -> renderer.session(instance, changes.since(run.output(), run.asOf(), instance),
						commentary.bind(run.input().folder(), run.output(), run.asOf(), instance)),
				records,
				RenderTasklet.Target.of(run, run.briefs(), false), properties.renderThreads(), workers.nameOrDefault());
	}

	/**
	 * No transaction around the whole step: each rendered brief is recorded as it is staged, so a
	 * run killed half-way resumes with the briefs it had already rendered.
	 */
	static DefaultTransactionAttribute perStatement() {
		return new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

}
