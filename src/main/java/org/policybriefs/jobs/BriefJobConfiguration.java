package org.policybriefs.jobs;

import org.policybriefs.render.BriefRenderer;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs: {@code briefs} runs every stage, from CSV rows to published PDFs; {@code validate}
 * runs the same checks (ingest and the indicator catalog) and renders nothing.
 */
@Configuration(proxyBeanMethods = false)
class BriefJobConfiguration {

	static final String BRIEF_JOB = "briefs";

	static final String VALIDATE_JOB = "validate";

	@Bean
	Job briefJob(JobRepository jobRepository, BriefRenderer renderer, Step ingestSourcesStep, Step ingestRegionsStep, Step ingestIndicatorsStep,
			Step ingestObservationsStep, Step indicatorsStep, Step renderStep, Step publishStep) {
		return new JobBuilder(BRIEF_JOB, jobRepository)
			// fonts, template and PDF classes load on the second processor while the data is ingested
			.listener(new JobExecutionListener() {
				@Override
				public void beforeJob(JobExecution jobExecution) {
					renderer.warmUpInBackground();
				}
			})
			.start(ingestSourcesStep)
			.next(ingestRegionsStep)
			.next(ingestIndicatorsStep)
			.next(ingestObservationsStep)
			.next(indicatorsStep)
			.next(renderStep)
			.next(publishStep)
			.build();
	}

	@Bean
	Job validateJob(JobRepository jobRepository, Step ingestSourcesStep, Step ingestRegionsStep,
			Step ingestIndicatorsStep, Step ingestObservationsStep, Step indicatorsStep) {
		return new JobBuilder(VALIDATE_JOB, jobRepository).start(ingestSourcesStep)
			.next(ingestRegionsStep)
			.next(ingestIndicatorsStep)
			.next(ingestObservationsStep)
			.next(indicatorsStep)
			.build();
	}

}
