package org.policybriefs.jobs;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.policybriefs.publish.PublishedFolder;
import org.policybriefs.render.BriefRenderer;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs: {@code briefs} runs every stage, from CSV rows to published PDFs delivered to the
 * analysts; {@code validate} runs the same checks (ingest, the indicator catalog, the reject
 * limit and analysts.csv) and renders nothing.
 */
@Configuration(proxyBeanMethods = false)
class BriefJobConfiguration {

	@Bean
	Job briefJob(JobRepository jobRepository, BriefRenderer renderer, Step ingestSourcesStep, Step ingestRegionsStep, Step ingestIndicatorsStep,
			Step ingestObservationsStep, Step indicatorsStep, Step rejectLimitStep, Step checkAnalystsStep,
			Step renderStep, Step publishStep, Step distributeStep, RunLeases leases, ObjectProvider<MeterRegistry> meters) {
		List<Step> steps = List.of(ingestSourcesStep, ingestRegionsStep, ingestIndicatorsStep, ingestObservationsStep,
				indicatorsStep, rejectLimitStep, checkAnalystsStep, renderStep, publishStep, distributeStep);
		RunProgressListener progress = new RunProgressListener(steps.stream().map(Step::getName).toList(),
				meters.getIfAvailable(SimpleMeterRegistry::new));
		for (Step step : steps) {
			if (step instanceof AbstractStep listening) {
				listening.registerStepExecutionListener(progress);
			}
		}
		return new JobBuilder(JobNames.BRIEFS, jobRepository).listener(progress)
			// the lease that tells other instances this run has an owner, renewed while this process lives
			.listener(leases)
			// fonts, template and PDF classes load on the second processor while the data is ingested
			.listener(new JobExecutionListener() {
				@Override
				public void beforeJob(JobExecution jobExecution) {
					renderer.warmUpInBackground();
					// what killed runs for this date left: other staging folders, half-written temporaries
					BriefRun run = BriefRun.of(jobExecution.getJobParameters());
					PublishedFolder.cleanLeftovers(run.output(), run.asOf().toString(), run.staging());
				}
			})
			.start(ingestSourcesStep)
			.next(ingestRegionsStep)
			.next(ingestIndicatorsStep)
			.next(ingestObservationsStep)
			.next(indicatorsStep)
			.next(rejectLimitStep)
			.next(checkAnalystsStep)
			.next(renderStep)
			.next(publishStep)
			.next(distributeStep)
			.build();
	}

	@Bean
	Job validateJob(JobRepository jobRepository, Step ingestSourcesStep, Step ingestRegionsStep,
			Step ingestIndicatorsStep, Step ingestObservationsStep, Step indicatorsStep, Step rejectLimitStep,
			Step checkAnalystsStep) {
		return new JobBuilder(JobNames.VALIDATE, jobRepository).start(ingestSourcesStep)
			.next(ingestRegionsStep)
			.next(ingestIndicatorsStep)
			.next(ingestObservationsStep)
			.next(indicatorsStep)
			.next(rejectLimitStep)
			.next(checkAnalystsStep)
			.build();
	}

}
