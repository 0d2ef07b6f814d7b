package org.policybriefs.ingest;

import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest steps: one chunk-oriented step per input file, in the order their references
 * need (sources and regions before the catalog, all three before observations). Each reads
 * with commons-csv, checks every row, and writes loaded and rejected rows in JDBC batches.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {

	static final int CHUNK_SIZE = 1000;

	private static final String INSTANCE = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Step ingestSourcesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CsvRowReader sourcesReader, IngestWriter<Source> sourcesWriter, IngestStepListener ingestStepListener) {
		return ingestStep(InputFileSpec.SOURCES, jobRepository, transactionManager, sourcesReader,
				RowValidators.sources(), sourcesWriter, ingestStepListener);
	}

	@Bean
	Step ingestRegionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CsvRowReader regionsReader, IngestWriter<Region> regionsWriter, IngestStepListener ingestStepListener) {
		return ingestStep(InputFileSpec.REGIONS, jobRepository, transactionManager, regionsReader,
				RowValidators.regions(), regionsWriter, ingestStepListener);
	}

	@Bean
	Step ingestIndicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CsvRowReader indicatorsReader, IndicatorProcessor indicatorProcessor,
			IngestWriter<IndicatorDefinition> indicatorsWriter, IngestStepListener ingestStepListener) {
		return ingestStep(InputFileSpec.INDICATORS, jobRepository, transactionManager, indicatorsReader,
				indicatorProcessor, indicatorsWriter, ingestStepListener);
	}

	@Bean
	Step ingestObservationsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CsvRowReader observationsReader, ObservationProcessor observationProcessor,
			IngestWriter<Observation> observationsWriter, IngestStepListener ingestStepListener) {
		return ingestStep(InputFileSpec.OBSERVATIONS, jobRepository, transactionManager, observationsReader,
				observationProcessor, observationsWriter, ingestStepListener);
	}

	/** The chunk step that loads one input file: each row checked, written or rejected with its reason. */
	private static <T> Step ingestStep(InputFileSpec file, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, CsvRowReader reader,
			ItemProcessor<CsvRow, Checked<T>> processor, IngestWriter<T> writer, IngestStepListener listener) {
		return new StepBuilder(IngestStepListener.stepName(file), jobRepository).<CsvRow, Checked<T>>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.listener(listener)
			.build();
	}

	@Bean
	Step inputTextsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InputTextsTasklet inputTextsTasklet) {
		return new StepBuilder("ingest-texts", jobRepository).tasklet(inputTextsTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	InputTextsTasklet inputTextsTasklet(InputTexts texts, BriefRun.RunInput input) {
		return new InputTextsTasklet(texts, input.folder());
	}

	@Bean
	Step rejectLimitStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RejectLimitTasklet rejectLimitTasklet) {
		return new StepBuilder("check-rejects", jobRepository).tasklet(rejectLimitTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	RejectLimitTasklet rejectLimitTasklet(NamedParameterJdbcTemplate jdbc,
			BriefRun.RunInput input) {
		return new RejectLimitTasklet(jdbc, input.strict(), input.maxRejects());
	}

	@Bean
	@StepScope
	CsvRowReader sourcesReader(BriefRun.RunInput input) {
		return new CsvRowReader(InputFileSpec.SOURCES, input.folder());
	}

	@Bean
	@StepScope
	CsvRowReader regionsReader(BriefRun.RunInput input) {
		return new CsvRowReader(InputFileSpec.REGIONS, input.folder());
	}

	@Bean
	@StepScope
	CsvRowReader indicatorsReader(BriefRun.RunInput input) {
		return new CsvRowReader(InputFileSpec.INDICATORS, input.folder());
	}

	@Bean
	@StepScope
	CsvRowReader observationsReader(BriefRun.RunInput input) {
		return new CsvRowReader(InputFileSpec.OBSERVATIONS, input.folder());
	}

	@Bean
	@StepScope
	IndicatorProcessor indicatorProcessor(NamedParameterJdbcTemplate jdbc, @Value(INSTANCE) long instance) {
		return new IndicatorProcessor(jdbc, instance);
	}

	@Bean
	@StepScope
	ObservationProcessor observationProcessor(NamedParameterJdbcTemplate jdbc, @Value(INSTANCE) long instance) {
		return new ObservationProcessor(jdbc, instance);
	}

	@Bean
	@StepScope
	IngestWriter<Source> sourcesWriter(JdbcTemplate jdbc, @Value(INSTANCE) long instance) {
		return new IngestWriter<>(jdbc, instance, IngestSql.SOURCE);
	}

	@Bean
	@StepScope
	IngestWriter<Region> regionsWriter(JdbcTemplate jdbc, @Value(INSTANCE) long instance) {
		return new IngestWriter<>(jdbc, instance, IngestSql.REGION);
	}

	@Bean
	@StepScope
	IngestWriter<IndicatorDefinition> indicatorsWriter(JdbcTemplate jdbc, @Value(INSTANCE) long instance) {
		return new IngestWriter<>(jdbc, instance, IngestSql.INDICATOR);
	}

	@Bean
	@StepScope
	IngestWriter<Observation> observationsWriter(JdbcTemplate jdbc, @Value(INSTANCE) long instance) {
		return new IngestWriter<>(jdbc, instance, IngestSql.OBSERVATION);
	}

	@Bean
	IngestStepListener ingestStepListener(NamedParameterJdbcTemplate jdbc) {
		return new IngestStepListener(jdbc);
	}

}
