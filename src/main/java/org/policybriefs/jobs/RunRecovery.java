package org.policybriefs.jobs;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In serve mode, looks every half lease for runs whose owner died (another instance killed or
 * its machine gone) and finishes them through the launch path, so that the night's briefs are
 * made while one instance of several lives.
 */
@Component
@ConditionalOnBooleanProperty("briefs.runs.recovery")
class RunRecovery implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(RunRecovery.class);

	private final BriefRuns runs;

	private final long every;

	private ScheduledExecutorService timer;

	RunRecovery(BriefRuns runs, RunProperties properties) {
		this.runs = runs;
		this.every = Math.max(200, properties.lease().toMillis() / 2);
	}

	@Override
	public void start() {
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "run-recovery");
			thread.setDaemon(true);
			return thread;
		});
		this.timer.scheduleWithFixedDelay(this::recover, this.every, this.every, TimeUnit.MILLISECONDS);
	}

	private void recover() {
		try {
			this.runs.recoverAbandoned();
		}
		catch (RuntimeException ex) {
			// the next look tries again
			logger.warn("could not look for runs whose owner died: " + ex.getMessage());
		}
	}

	@Override
	public void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.timer != null;
	}

}
