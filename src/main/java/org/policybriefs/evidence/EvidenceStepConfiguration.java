package org.policybriefs.evidence;

import org.policybriefs.ingest.IngestedData;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The evidence step, after ingest and before the indicators: preferred values and the checks.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStepConfiguration {

	@Bean
	Step evidenceStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EvidenceTasklet evidenceTasklet) {
		return new StepBuilder("evidence", jobRepository).tasklet(evidenceTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	EvidenceTasklet evidenceTasklet(IngestedData ingested, EvidenceData evidence, BriefRun.RunInput input) {
		return new EvidenceTasklet(ingested, evidence, input.folder());
	}

}
