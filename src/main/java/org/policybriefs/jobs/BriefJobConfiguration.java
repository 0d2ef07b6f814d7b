package org.policybriefs.jobs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs: {@code briefs} runs every stage, from CSV rows to published PDFs; {@code validate}
 * runs the same checks (ingest, the indicator catalog and the reject limit) and renders nothing.
 */
@Configuration(proxyBeanMethods = false)
class BriefJobConfiguration {

	static final String BRIEF_JOB = "briefs";

	static final String VALIDATE_JOB = "validate";

	@Bean
	Job briefJob(JobRepository jobRepository, Step ingestSourcesStep, Step ingestRegionsStep, Step ingestIndicatorsStep,
			Step ingestObservationsStep, Step indicatorsStep, Step rejectLimitStep, Step renderStep, Step publishStep) {
		return new JobBuilder(BRIEF_JOB, jobRepository).start(ingestSourcesStep)
			.next(ingestRegionsStep)
			.next(ingestIndicatorsStep)
			.next(ingestObservationsStep)
			.next(indicatorsStep)
			.next(rejectLimitStep)
			.next(renderStep)
			.next(publishStep)
			.build();
	}

	@Bean
	Job validateJob(JobRepository jobRepository, Step ingestSourcesStep, Step ingestRegionsStep,
			Step ingestIndicatorsStep, Step ingestObservationsStep, Step indicatorsStep, Step rejectLimitStep) {
		return new JobBuilder(VALIDATE_JOB, jobRepository).start(ingestSourcesStep)
			.next(ingestRegionsStep)
			.next(ingestIndicatorsStep)
			.next(ingestObservationsStep)
			.next(indicatorsStep)
			.next(rejectLimitStep)
			.build();
	}

}
