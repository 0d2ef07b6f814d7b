package org.policybriefs.distribute;

import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.policybriefs.commentary.RunCommentary;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.publish.RetentionProperties;
import org.policybriefs.render.BriefRenderer;
import org.policybriefs.render.RenderedBriefs;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The distribute step, after publish: the run's briefs to the analysts of {@code analysts.csv},
 * over SMTP when {@code spring.mail.host} is set, else as files in the run's outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DeliveryProperties.class, UnsubscribeProperties.class })
class DistributeStepConfiguration {

	@Bean
	Step distributeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DistributeTasklet distributeTasklet) {
		return new StepBuilder(DeliveryLog.STEP, jobRepository).tasklet(distributeTasklet, transactionManager).build();
	}

	/** Checks analysts.csv before anything is rendered; in the brief job and in validate. */
	@Bean
	Step checkAnalystsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AnalystCheckTasklet analystCheckTasklet) {
		return new StepBuilder("check-analysts", jobRepository).tasklet(analystCheckTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	AnalystCheckTasklet analystCheckTasklet(IngestedData ingested, BriefRun.RunInput input) {
		return new AnalystCheckTasklet(ingested, input.folder());
	}

	@Bean
	@StepScope
	DistributeTasklet distributeTasklet(RenderedBriefs rendered, DeliveryLog log, ObjectProvider<JavaMailSender> smtp,
			DeliveryProperties properties, UnsubscribeProperties unsubscribe, ObjectProvider<MeterRegistry> meters,
			BriefRenderer renderer, Unsubscribes unsubscribes, RunChanges changes, IngestedData ingested,
			RetentionProperties retention, RunCommentary commentary, BriefRun run) {
		Path published = run.published();
		JavaMailSender sender = smtp.getIfAvailable();
		Mailer mailer = (sender != null) ? new SmtpMailer(sender) : new OutboxMailer(published.resolve("outbox"));
		return new DistributeTasklet(rendered, log, mailer,
				new BriefMessages(properties, unsubscribe, new MailHtml(renderer.templates())), properties,
				meters.getIfAvailable(SimpleMeterRegistry::new),
				new DistributeTasklet.Target(run.distribute(), run.asOf().toString(), run.input().folder(), published,
						retention.keepDeliveryDays()),
				new DistributeTasklet.Editing(changes, ingested, renderer.models(), unsubscribes,
						(instance) -> commentary.bind(run.input().folder(), run.output(), run.asOf(), instance)));
	}

}
