package org.policybriefs.schedule;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly schedule of serve mode.
 *
 * @param enabled whether the schedule runs ({@code serve} turns it on)
 * @param cron when to run, a Spring cron expression (second minute hour day month weekday)
 * @param zone the time zone of the cron expression and of the as-of date; the system zone if unset
 * @param catchUp whether serve, on start, runs once for the latest fire it missed while it was down
 * @param distribute whether scheduled runs deliver the briefs to the analysts
 * @param lockAtLeast how long the instance that took a fire holds its lock at least, so that the
 * same fire in instances whose clocks are a little behind finds it taken
 */
@ConfigurationProperties("briefs.schedule")
record ScheduleProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0 0 2 * * *") String cron, ZoneId zone,
		@DefaultValue("true") boolean catchUp, @DefaultValue("true") boolean distribute,
		@DefaultValue("30s") Duration lockAtLeast) {

	ZoneId zoneOrSystem() {
		return (this.zone != null) ? this.zone : ZoneId.systemDefault();
	}

}
