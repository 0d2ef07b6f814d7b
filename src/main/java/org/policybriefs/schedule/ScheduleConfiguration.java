package org.policybriefs.schedule;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.ServeProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly schedule, on when {@code briefs.schedule.enabled} is true (as {@code serve} sets it),
 * with ShedLock's JDBC lock so that of several instances on one database one starts each fire.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("briefs.schedule.enabled")
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

	@Bean
	NightlyBriefs nightlyBriefs(BriefRuns runs, ServeProperties folders, ScheduleProperties schedule,
			ObjectProvider<Clock> clock, DataSource dataSource, PlatformTransactionManager transactions) {
		// the lock of each fire lives in the database, timed by the database's clock: instances on
		// machines whose clocks disagree still see one holder
		LockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTransactionManager(transactions)
			.usingDbTime()
			.build());
		return new NightlyBriefs(runs, folders, schedule, clock.getIfAvailable(Clock::systemDefaultZone),
				new DefaultLockingTaskExecutor(locks));
	}

}
