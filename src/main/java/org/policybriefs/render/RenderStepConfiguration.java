package org.policybriefs.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.policybriefs.editions.RunChanges;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
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
			WorkerProperties workers, RunChanges changes, @Value("#{jobParameters['briefs']}") String briefs,
			@Value("#{jobParameters['locales']}") String locales, @Value("#{jobParameters['asOf']}") String asOf,
			@Value("#{jobParameters['staging']}") String staging, @Value("#{jobParameters['keepXhtml']}") String keepXhtml,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['repairs']}") Long repairs) {
		LocalDate date = LocalDate.parse(asOf);
		return new RenderTasklet(
				(instance) -> renderer.session(instance, changes.since(Path.of(output), date, instance)), records,
				new RenderTasklet.Target(Arrays.asList(briefs.split(",")), Arrays.asList(locales.split(",")), date,
						Path.of(staging), Boolean.parseBoolean(keepXhtml), false, Path.of(output).resolve(asOf), repairs),
				properties.renderThreads(), workers.nameOrDefault());
	}

	/**
	 * No transaction around the whole step: each rendered brief is recorded as it is staged, so a
	 * run killed half-way resumes with the briefs it had already rendered.
	 */
	static DefaultTransactionAttribute perStatement() {
		return new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

}
