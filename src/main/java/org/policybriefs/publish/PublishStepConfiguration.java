package org.policybriefs.publish;

import org.policybriefs.commentary.RunCommentary;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.evidence.EvidenceData;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.render.RenderedBriefs;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publish step: exports, manifest, and the move of the run's files into place.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class PublishStepConfiguration {

	static final String STEP = PublishedFolder.STEP;

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishTasklet publishTasklet) {
		// started again with every restart of the run: it finishes or redoes what a crash cut off
		return new StepBuilder(STEP, jobRepository).tasklet(publishTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	PublishTasklet publishTasklet(RenderedBriefs rendered, NamedParameterJdbcTemplate jdbc, IndicatorValues values,
			IngestedData ingested, EvidenceData evidence, RunChanges changes, RetentionProperties retention,
			PlatformTransactionManager transactionManager, RunCommentary commentary, BriefRun run) {
		return new PublishTasklet(rendered, values, ingested, evidence, new PublishTasklet.PublishTarget(
				run.asOf().toString(), run.fingerprint(), run.staging(), run.published(), run.keepXhtml()), changes,
				new RunRetention(jdbc, ingested, values, evidence, rendered, new TransactionTemplate(transactionManager),
						retention),
				(instance) -> commentary.bind(run.input().folder(), run.output(), run.asOf(), instance));
	}

}
