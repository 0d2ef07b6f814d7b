package org.policybriefs.jobs;

import java.util.List;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.policybriefs.publish.PublishedFolder;
import org.policybriefs.render.BriefRenderer;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
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
	Job briefJob(JobRepository jobRepository, BriefRenderer renderer, InputChecks checks, Step renderStep,
			Step publishStep, Step distributeStep, RunLeases leases, ObjectProvider<MeterRegistry> meters) {
		List<Step> steps = checks.then(renderStep, publishStep, distributeStep);
		RunProgressListener progress = new RunProgressListener(steps.stream().map(Step::getName).toList(),
				meters.getIfAvailable(SimpleMeterRegistry::new));
		for (Step step : steps) {
			if (step instanceof AbstractStep listening) {
				listening.registerStepExecutionListener(progress);
			}
		}
		JobBuilder job = new JobBuilder(JobNames.BRIEFS, jobRepository).listener(progress)
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
			});
		return inOrder(job, steps);
	}

	@Bean
	Job validateJob(JobRepository jobRepository, InputChecks checks) {
		return inOrder(new JobBuilder(JobNames.VALIDATE, jobRepository), checks.steps());
	}

	/** The steps both jobs run, in their order: ingest, the indicator catalog, the commentary, the reject limit, analysts.csv. */
	@Bean
	InputChecks inputChecks(Step ingestSourcesStep, Step ingestRegionsStep, Step ingestIndicatorsStep,
			Step ingestObservationsStep, Step inputTextsStep, Step evidenceStep, Step indicatorsStep,
			Step commentaryStep, Step rejectLimitStep, Step checkAnalystsStep) {
		return new InputChecks(List.of(ingestSourcesStep, ingestRegionsStep, ingestIndicatorsStep,
				ingestObservationsStep, inputTextsStep, evidenceStep, indicatorsStep, commentaryStep, rejectLimitStep,
				checkAnalystsStep));
	}

	private static Job inOrder(JobBuilder job, List<Step> steps) {
		SimpleJobBuilder chain = job.start(steps.get(0));
		steps.subList(1, steps.size()).forEach(chain::next);
		return chain.build();
	}

	/** The checks of the input that every run and every validation starts with. */
	record InputChecks(List<Step> steps) {

		List<Step> then(Step... more) {
			return Stream.concat(this.steps.stream(), Stream.of(more)).toList();
		}

	}

}
