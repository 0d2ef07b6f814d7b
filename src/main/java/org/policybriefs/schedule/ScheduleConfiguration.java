package org.policybriefs.schedule;

import java.time.Clock;

import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.ServeProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly schedule, on when {@code briefs.schedule.enabled} is true (as {@code serve} sets it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("briefs.schedule.enabled")
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

	@Bean
	NightlyBriefs nightlyBriefs(BriefRuns runs, ServeProperties folders, ScheduleProperties schedule,
			ObjectProvider<Clock> clock) {
		return new NightlyBriefs(runs, folders, schedule, clock.getIfAvailable(Clock::systemDefaultZone));
	}

}
