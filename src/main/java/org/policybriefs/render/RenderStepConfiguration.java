package org.policybriefs.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.policybriefs.editions.RunChanges;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The render step: every requested brief and locale, from the run's data to PDFs in staging.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RenderProperties.class, EditorialProperties.class })
class RenderStepConfiguration {

	@Bean
	Step renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RenderTasklet renderTasklet) {
		// no transaction around the whole step: each rendered brief is recorded as it is staged, so
		// a run killed half-way resumes with the briefs it had already rendered
		DefaultTransactionAttribute perStatement = new DefaultTransactionAttribute(
				TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		// started again with every restart of the run, to make again a brief lost before it was published
		return new StepBuilder("render", jobRepository).tasklet(renderTasklet, transactionManager)
			.transactionAttribute(perStatement)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	RenderTasklet renderTasklet(BriefRenderer renderer, NamedParameterJdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, RenderProperties properties,
			@Value("#{jobParameters['briefs']}") String briefs, @Value("#{jobParameters['locales']}") String locales,
			@Value("#{jobParameters['asOf']}") String asOf, @Value("#{jobParameters['staging']}") String staging,
			@Value("#{jobParameters['keepXhtml']}") String keepXhtml, @Value("#{jobParameters['output']}") String output,
			RunChanges changes, @Value("#{jobParameters['repairs']}") Long repairs) {
		return new RenderTasklet(renderer, jdbc, transactionManager, Arrays.asList(briefs.split(",")),
				Arrays.asList(locales.split(",")), LocalDate.parse(asOf), Path.of(staging),
				Boolean.parseBoolean(keepXhtml), properties.renderThreads(), changes, Path.of(output), repairs);
	}

}
