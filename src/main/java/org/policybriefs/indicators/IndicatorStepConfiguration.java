package org.policybriefs.indicators;

import org.policybriefs.ingest.IngestedData;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The indicators step: compiles the catalog's formulas and computes the derived values.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorStepConfiguration {

	@Bean
	Step indicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NamedParameterJdbcTemplate jdbc, IngestedData ingested) {
		return new StepBuilder("indicators", jobRepository)
			.tasklet(new DerivedValueTasklet(jdbc, ingested), transactionManager)
			.build();
	}

}
