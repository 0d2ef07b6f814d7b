package org.policybriefs;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderValidatorAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application context of the commands that serve no page of the web application ({@code run},
 * {@code validate}, {@code worker}, and {@code preview}, which serves its own pages with the JDK's
 * HTTP server): the project's beans without the web package and the schedule, and only the
 * auto-configuration they use — the database and its migrations, Spring Batch, mail, and JMS
 * for a worker — rather than every auto-configuration on the class path. No web server,
 * security or Actuator is configured, which roughly halves the start of a command.
 * {@code serve} and the tests use {@link PolicyBriefsApplication}, with everything.
 */
@ComponentScan(basePackageClasses = PolicyBriefsApplication.class, excludeFilters = {
		@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PolicyBriefsApplication.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = { "org\\.policybriefs\\.web\\..*",
				"org\\.policybriefs\\.schedule\\..*" }) })
@ConfigurationPropertiesScan(basePackageClasses = PolicyBriefsApplication.class)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
		LifecycleAutoConfiguration.class, SslAutoConfiguration.class, DataSourceAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, TransactionManagerCustomizationAutoConfiguration.class,
		TransactionAutoConfiguration.class, PersistenceExceptionTranslationAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
		BatchAutoConfiguration.class, BatchJdbcAutoConfiguration.class, BatchJobLauncherAutoConfiguration.class,
		MailSenderAutoConfiguration.class, MailSenderValidatorAutoConfiguration.class, JmsAutoConfiguration.class })
class CommandContext {

}
