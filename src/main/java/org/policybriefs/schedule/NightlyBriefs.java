package org.policybriefs.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;
import org.policybriefs.jobs.ServeProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The nightly trigger: on every fire of the cron expression it asks {@link BriefRuns} for the
 * briefs of that day, and nothing more. Whether a run is needed (up to date, already running
 * here or in another instance on the same database) is for the launch path to answer.
 */
class NightlyBriefs implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(NightlyBriefs.class);

	/** The name of the schedule's lock in ShedLock's table. */
	static final String LOCK = "nightly-briefs";

	/** How long a lock outlives an instance that died holding it; starting a run takes seconds. */
	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

	private final BriefRuns runs;

	private final ServeProperties folders;

	private final ScheduleProperties schedule;

	private final Clock clock;

	private final LockingTaskExecutor locks;

	private ThreadPoolTaskScheduler scheduler;

	NightlyBriefs(BriefRuns runs, ServeProperties folders, ScheduleProperties schedule, Clock clock,
			LockingTaskExecutor locks) {
		this.runs = runs;
		this.folders = folders;
		this.schedule = schedule;
		this.clock = clock.withZone(schedule.zoneOrSystem());
		this.locks = locks;
		CronExpression.parse(schedule.cron());
	}

	@Override
	public void start() {
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setThreadNamePrefix("nightly-briefs-");
		this.scheduler.setClock(this.clock);
		this.scheduler.initialize();
		logger.info("schedule: briefs at '" + this.schedule.cron() + "' (" + this.clock.getZone() + ")");
		if (this.schedule.catchUp()) {
			latestFireBefore(ZonedDateTime.now(this.clock)).ifPresent((missed) -> this.scheduler
				.execute(() -> fire(missed.toLocalDate(), "catching up on the fire of " + missed.toLocalDateTime())));
		}
		this.scheduler.schedule(() -> fire(LocalDate.now(this.clock), "scheduled"),
				new CronTrigger(this.schedule.cron(), this.clock.getZone()));
	}

	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdown();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/**
	 * One fire, in the instance that takes the fire's lock; the others skip it. The lock is held
	 * at least {@code briefs.schedule.lock-at-least}, so that the same fire in an instance a little
	 * behind finds it taken; should two start all the same, the job repository lets one run.
	 */
	void fire(LocalDate asOf, String why) {
		try {
			LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST,
					this.schedule.lockAtLeast());
			TaskResult<RunOutcome> fired = this.locks.executeWithLock(() -> start(asOf), lock);
			if (!fired.wasExecuted()) {
				logger.info("schedule (" + why + "): another instance has this fire");
				return;
			}
			RunOutcome outcome = fired.getResult();
			switch (outcome.status()) {
				case STARTED -> logger.info("schedule (" + why + "): run " + outcome.executionId() + " started for " + asOf);
				case UP_TO_DATE -> logger.debug("schedule (" + why + "): the briefs for " + asOf + " are up to date");
				case ALREADY_RUNNING -> logger.info("schedule (" + why + "): skipped, a run for " + asOf
						+ " is already in progress");
				default -> logger.warn("schedule (" + why + "): " + String.join("; ", outcome.problems()));
			}
		}
		catch (Throwable ex) {
			// the schedule outlives one bad night
			logger.error("schedule (" + why + "): could not start the briefs for " + asOf + ": " + ex.getMessage());
		}
	}

	private RunOutcome start(LocalDate asOf) {
		return this.runs.start(new BriefRunRequest(asOf, this.folders.input(), this.folders.output(),
				BriefRunRequest.DEFAULT_BRIEFS, BriefRunRequest.DEFAULT_LOCALES, this.schedule.distribute(),
				BriefRunRequest.Trigger.SCHEDULE));
	}

	/**
	 * The latest time the cron expression fired at or before {@code now}, looking back at most a
	 * year: the one fire that catching up replays, however many were missed.
	 */
	Optional<ZonedDateTime> latestFireBefore(ZonedDateTime now) {
		CronExpression cron = CronExpression.parse(this.schedule.cron());
		// back 1, 2, 4, … 256 days, then the whole year: a yearly fire 300 days ago is found too
		for (long days = 1; days <= 366; days = (days == 366) ? 367 : Math.min(days * 2, 366)) {
			ZonedDateTime fire = cron.next(now.minusDays(days));
			if (fire != null && !fire.isAfter(now)) {
				ZonedDateTime latest = fire;
				for (ZonedDateTime next = cron.next(fire); next != null && !next.isAfter(now); next = cron.next(next)) {
					latest = next;
				}
				return Optional.of(latest);
			}
		}
		return Optional.empty();
	}

}
