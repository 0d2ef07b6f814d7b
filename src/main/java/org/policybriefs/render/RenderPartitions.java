package org.policybriefs.render;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.messaging.MessageChannel;

/**
 * The render step of a run that has workers: it splits the briefs into partitions, sends each
 * to the broker, and polls the job repository until every partition is finished or the timeout
 * has passed (never forever). A partition whose worker dies is redelivered by the broker to
 * another worker, which renders only the briefs not yet recorded.
 */
class RenderPartitions {

	/** The name of the step a worker runs for one partition. */
	static final String WORKER_STEP = "render-partition";

	private final RemotePartitioningManagerStepBuilderFactory steps;

	private final Partitioner partitioner;

	private final MessageChannel requests;

	private final WorkerProperties properties;

	RenderPartitions(RemotePartitioningManagerStepBuilderFactory steps, Partitioner partitioner,
			MessageChannel requests, WorkerProperties properties) {
		this.steps = steps;
		this.partitioner = partitioner;
		this.requests = requests;
		this.properties = properties;
	}

	Step managerStep(String name) {
		return this.steps.get(name)
			.partitioner(WORKER_STEP, this.partitioner)
			.outputChannel(this.requests)
			.pollInterval(this.properties.pollInterval().toMillis())
			.timeout(this.properties.timeout().toMillis())
			// started again with every restart of the run, to make again a brief lost before it was published
			.allowStartIfComplete(true)
			.build();
	}

}
