package org.policybriefs.render;

import java.util.Arrays;

import jakarta.jms.ConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.commentary.RunCommentary;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Rendering by workers over the broker (Spring Batch remote partitioning), when
 * {@code spring.artemis.broker-url} is set: a run sends its render partitions to one queue; a
 * {@code worker} process takes them one at a time. A worker acknowledges a partition only when it
 * has finished it, so the partition of a worker that dies goes back to the queue for another one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.artemis", name = "broker-url")
@EnableIntegration
@EnableBatchIntegration
class RenderPartitionConfiguration {

	private static final Log logger = LogFactory.getLog(RenderPartitionConfiguration.class);

	/** The queue of render partitions on the broker. */
	static final String QUEUE = "briefs.render-partitions";

	@Bean
	DirectChannel renderPartitionRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow renderPartitionsToBroker(ConnectionFactory connectionFactory,
			DirectChannel renderPartitionRequests) {
		return IntegrationFlow.from(renderPartitionRequests)
			.handle(Jms.outboundAdapter(connectionFactory).destination(QUEUE))
			.get();
	}

	@Bean
	RenderPartitions renderPartitions(RemotePartitioningManagerStepBuilderFactory steps,
			BriefPartitioner briefPartitioner, DirectChannel renderPartitionRequests, WorkerProperties properties) {
		return new RenderPartitions(steps, briefPartitioner, renderPartitionRequests, properties);
	}

	@Bean
	@StepScope
	BriefPartitioner briefPartitioner(IngestedData ingested, WorkerProperties properties,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long instance,
			BriefRun run) {
		return new BriefPartitioner(ingested, instance, run.briefs(), properties.partitionSize());
	}

	/** A worker: takes partitions from the queue and renders them (the {@code worker} command). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("briefs.workers.enabled")
	static class Worker {

		@Bean
		DirectChannel renderPartitionsTaken() {
			return new DirectChannel();
		}

		@Bean
		IntegrationFlow renderPartitionsFromBroker(ConnectionFactory connectionFactory,
				DirectChannel renderPartitionsTaken) {
			// a transacted session: the partition is acknowledged after the worker finished it, never before
			return IntegrationFlow
				.from(Jms.messageDrivenChannelAdapter(connectionFactory)
					.destination(QUEUE)
					.configureListenerContainer((container) -> container.sessionTransacted(true)))
				.channel(renderPartitionsTaken)
				.get();
		}

		/** Named as the step, which is how a worker finds the step a partition request names. */
		@Bean(RenderPartitions.WORKER_STEP)
		Step renderPartitionStep(RemotePartitioningWorkerStepBuilderFactory steps, DirectChannel renderPartitionsTaken,
				RenderTasklet renderPartitionTasklet, PlatformTransactionManager transactionManager) {
			return steps.get(RenderPartitions.WORKER_STEP)
				.inputChannel(renderPartitionsTaken)
				.tasklet(renderPartitionTasklet, transactionManager)
				.transactionAttribute(RenderStepConfiguration.perStatement())
				.build();
		}

		@Bean
		ApplicationListener<ApplicationReadyEvent> workerAnnouncement(WorkerProperties workers,
				@Value("${spring.artemis.broker-url}") String broker) {
			return (event) -> logger.info("worker " + workers.nameOrDefault() + " takes render partitions from "
					+ broker + " (queue " + QUEUE + ")");
		}

		@Bean
		LastRunSession lastRunSession() {
			return new LastRunSession();
		}

		@Bean
		@StepScope
		RenderTasklet renderPartitionTasklet(LastRunSession sessions, BriefRenderer renderer, RunChanges changes,
				RunCommentary commentary, RenderedBriefs records, RenderProperties properties, WorkerProperties workers,
				@Value("#{stepExecutionContext['" + BriefPartitioner.BRIEFS + "']}") String briefs, BriefRun run) {
			return new RenderTasklet(
					(instance) -> sessions.get(instance,
							(session) -> renderer.session(session, changes.since(run.output(), run.asOf(), session),
									commentary.bind(run.input().folder(), run.output(), run.asOf(), session))),
					records, RenderTasklet.Target.of(run, Arrays.asList(briefs.split(",")), true),
					properties.renderThreads(), workers.nameOrDefault());
		}

	}

}
