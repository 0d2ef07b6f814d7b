package org.policybriefs.render;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Render workers, used when a broker is configured ({@code spring.artemis.broker-url}).
 *
 * @param enabled whether this process takes render partitions ({@code worker} turns it on)
 * @param name this process's name in the record of who rendered each brief; unset means its host and pid
 * @param partitionSize briefs (each in every locale of the run) per partition handed to a worker
 * @param timeout how long a run waits for its partitions before it fails; a run restarted after it
 * renders only what is missing
 * @param pollInterval how often a run checks the job repository for finished partitions
 */
@ConfigurationProperties("briefs.workers")
public record WorkerProperties(@DefaultValue("false") boolean enabled, String name,
		@DefaultValue("4") int partitionSize, @DefaultValue("1h") Duration timeout,
		@DefaultValue("1s") Duration pollInterval) {

	/** The name recorded with each brief this process renders. */
	public String nameOrDefault() {
		// the runtime's name is pid@host
		return (this.name != null && !this.name.isBlank()) ? this.name : ManagementFactory.getRuntimeMXBean().getName();
	}

}
