package org.policybriefs.distribute;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.brief.BriefModelFactory;
import org.policybriefs.commentary.Commentary;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.files.Sha256;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.publish.RetentionProperties;
import org.policybriefs.render.RenderedBriefs;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Sends each analyst one message per run with the briefs they follow, in their language where
 * the run made it. The same briefs with the same content (their sha256) never go to the same
 * analyst twice; a mail server that fails for a while is retried with backoff; an analyst whose
 * delivery fails for good does not hold up the others, and fails the step at the end.
 */
class DistributeTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(DistributeTasklet.class);

	private final RenderedBriefs rendered;

	private final DeliveryLog log;

	private final Mailer mailer;

	private final BriefMessages messages;

	private final DeliveryProperties properties;

	private final MeterRegistry meters;

	private final Target target;

	private final Editing editing;

	/**
	 * What the step needs to say what the briefs say: the run's changes, its data, the briefs'
	 * models, and who asked for no more messages.
	 */
	/**
	 * @param commentary the analyst's commentary of a run (job instance), bound as the render step bound it
	 */
	record Editing(RunChanges changes, IngestedData ingested, BriefModelFactory models, Unsubscribes unsubscribes,
			LongFunction<Commentary> commentary) {
	}

	DistributeTasklet(RenderedBriefs rendered, DeliveryLog log, Mailer mailer, BriefMessages messages,
			DeliveryProperties properties, MeterRegistry meters, Target target, Editing editing) {
		this.rendered = rendered;
		this.log = log;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.meters = meters;
		this.target = target;
		this.editing = editing;
	}

	/**
	 * What the step works on: the run's choice, its input folder and its published folder.
	 * @param keepDeliveryDays how long delivery-log rows, the audit of what was sent, are kept
	 */
	record Target(boolean distribute, String asOf, Path input, Path published, int keepDeliveryDays) {
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		expireAudit(contribution);
		if (!this.target.distribute()) {
			logger.info("distribute        skipped (--no-distribute)");
			return RepeatStatus.FINISHED;
		}
		var jobExecution = contribution.getStepExecution().getJobExecution();
		DeliveryLog.Run run = new DeliveryLog.Run(jobExecution.getJobInstance().getInstanceId(), jobExecution.getId(),
				this.target.asOf());
		AnalystList.Subscriptions subscriptions = AnalystList.read(this.target.input(),
				this.editing.ingested().regions(run.instance()).stream().map((region) -> region.code()).toList());
		for (AnalystList.Rejected rejected : subscriptions.rejected()) {
			long id = this.log.open(run, rejected.email().isEmpty() ? "(line " + rejected.line() + ")" : rejected.email(),
					null, "", "", DeliveryLog.REJECTED);
			this.log.close(id, DeliveryLog.REJECTED, 0, null,
					AnalystList.FILE + ":" + rejected.line() + ": " + rejected.reason());
			// the check-analysts step has named each rejected row already: the summary below counts them
			count(DeliveryLog.REJECTED);
		}
		List<BriefFile> briefs = briefs(run.instance());
		Path output = this.target.published().getParent();
		LocalDate asOf = LocalDate.parse(this.target.asOf());
		EditionChanges changes = this.editing.changes().since(output, asOf, run.instance());
		MailBriefs models = new MailBriefs(this.editing.models(), run.instance(), changes, asOf,
				this.editing.commentary());
		UnchangedBriefs unchanged = new UnchangedBriefs(this.editing.changes().editions(output), asOf, run.instance(), changes,
				this.editing.changes());
		int sent = 0;
		int skipped = 0;
		int unsubscribed = 0;
		List<String> failures = new ArrayList<>();
		for (Analyst analyst : subscriptions.analysts()) {
			Optional<Unsubscribes.Unsubscribe> stopped = this.editing.unsubscribes().find(analyst.email());
			if (stopped.isPresent()) {
				long id = this.log.open(run, analyst.email(), analyst.name(), "", "", DeliveryLog.UNSUBSCRIBED);
				this.log.close(id, DeliveryLog.UNSUBSCRIBED, 0, null, "unsubscribed on " + stopped.get().at()
						+ " (" + stopped.get().how().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
						+ "); nothing sent");
				count(DeliveryLog.UNSUBSCRIBED);
				unsubscribed++;
				continue;
			}
			List<BriefFile> chosen = BriefFile.choose(analyst, briefs);
			if (chosen.isEmpty()) {
				logger.info("distribute        " + analyst.email() + ": this run made none of the briefs they follow ("
						+ analyst.briefs().stream().map(Object::toString).collect(Collectors.joining(", ")) + "); nothing sent");
				continue;
			}
			String fingerprint = fingerprint(this.target.asOf(), chosen);
			String files = chosen.stream().map(BriefFile::file).collect(Collectors.joining(","));
			Optional<DeliveryLog.Earlier> earlier = this.log.claim(run, analyst.email(), fingerprint);
			if (earlier.isPresent() && DeliveryLog.SENT.equals(earlier.get().status())) {
				long id = this.log.open(run, analyst.email(), analyst.name(), files, fingerprint, DeliveryLog.SKIPPED);
				this.log.close(id, DeliveryLog.SKIPPED, 0, null, "already sent in run " + earlier.get().execution());
				count(DeliveryLog.SKIPPED);
				skipped++;
				continue;
			}
			if (earlier.isPresent()) {
				// a run stopped while sending this: whether the message went out is not known
				this.log.resolveUnknown(run, analyst.email(), fingerprint);
				String uncertain = uncertain(earlier.get());
				if (uncertain != null) {
					long id = this.log.open(run, analyst.email(), analyst.name(), files, fingerprint, DeliveryLog.FAILED);
					this.log.close(id, DeliveryLog.FAILED, 0, null, uncertain);
					count(DeliveryLog.FAILED);
					failures.add(analyst.email() + ": " + uncertain);
					continue;
				}
				logger.info("distribute        " + analyst.email() + ": run " + earlier.get().execution()
						+ " stopped while sending; sending again (" + (this.mailer.resendingIsSafe()
								? "the outbox file is written again, whole" : "briefs.mail.resend-uncertain=true") + ")");
				this.log.takeOver(run, analyst.email(), fingerprint);
			}
			Optional<String> sameSince;
			long id;
			try {
				sameSince = this.properties.skipUnchanged()
						? unchanged.since(this.log.lastReceived(analyst.email(), this.target.asOf()), chosen)
						: Optional.empty();
				id = sameSince.isPresent() ? -1
						: this.log.open(run, analyst.email(), analyst.name(), files, fingerprint, DeliveryLog.SENDING);
			}
			catch (RuntimeException ex) {
				// nothing was sent: the claim is given back, so that no later run reports this message as unknown
				giveBack(run, analyst.email(), fingerprint, ex);
				throw ex;
			}
			if (sameSince.isPresent()) {
				// nothing goes: the claim is given back, so that no later run takes this for a send cut off
				this.log.settle(run, analyst.email(), fingerprint, false);
				long unsent = this.log.open(run, analyst.email(), analyst.name(), files, fingerprint, DeliveryLog.SKIPPED);
				this.log.close(unsent, DeliveryLog.SKIPPED, 0, null, "unchanged since the edition of " + sameSince.get()
						+ " they last received (briefs.mail.skip-unchanged)");
				count(DeliveryLog.SKIPPED);
				skipped++;
				continue;
			}
			logger.debug("distribute: sending to " + analyst.email());
			int[] attempts = new int[1];
			try {
				String messageId = retry().execute(() -> {
					attempts[0]++;
					try {
						return this.mailer.send(this.messages.message(this.mailer.createMessage(), analyst, chosen,
								jobExecution.getId(), models));
					}
					catch (Exception ex) {
						// visible while the backoff waits: how many attempts, and what went wrong
						this.log.attempted(id, attempts[0], MailFailures.describe(ex));
						throw ex;
					}
				});
				logger.debug("distribute: sent to " + analyst.email());
				this.log.settle(run, analyst.email(), fingerprint, true);
				this.log.close(id, DeliveryLog.SENT, attempts[0], messageId, null);
				count(DeliveryLog.SENT);
				sent++;
			}
			catch (RetryException ex) {
				String reason = MailFailures.describe(ex.getLastException());
				this.log.settle(run, analyst.email(), fingerprint, false);
				this.log.close(id, DeliveryLog.FAILED, attempts[0], null, reason);
				count(DeliveryLog.FAILED);
				failures.add(analyst.email() + " (" + attempts[0] + " attempts): " + reason);
			}
		}
		logger.info(String.format("distribute        sent %d, skipped %d, failed %d, rejected %d, unsubscribed %d%s",
				sent, skipped, failures.size(), subscriptions.rejected().size(), unsubscribed,
				(this.mailer instanceof OutboxMailer outbox && sent > 0) ? " (written to " + outbox.outbox() + ")" : ""));
		contribution.incrementWriteCount(sent);
		if (!failures.isEmpty()) {
			throw new DeliveryFailedException(failures.size() + " of " + (sent + skipped + failures.size())
					+ " deliveries failed: " + String.join("; ", failures));
		}
		return RepeatStatus.FINISHED;
	}

	private void giveBack(DeliveryLog.Run run, String email, String fingerprint, RuntimeException failure) {
		try {
			this.log.settle(run, email, fingerprint, false);
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	/** Deletes the delivery-log rows older than their limit, of any run, and says so on the run page. */
	private void expireAudit(StepContribution contribution) {
		int days = Math.max(0, this.target.keepDeliveryDays());
		int deleted = this.log.deleteStartedBefore(LocalDate.now().minusDays(days).atStartOfDay());
		String described = "deleted " + deleted + " delivery-log row" + ((deleted == 1) ? "" : "s") + " older than "
				+ days + " days";
		logger.info(String.format("%-17s %s", "retention", described));
		contribution.getStepExecution().getExecutionContext().putString(RetentionProperties.DELETED, described);
	}

	/**
	 * Why a message whose sending a killed run began is not sent again, or {@code null} when it is:
	 * writing an outbox file again can never duplicate anything; over SMTP the message may have
	 * gone out, so it is sent again only when the operator says so.
	 */
	private String uncertain(DeliveryLog.Earlier earlier) {
		if (this.mailer.resendingIsSafe() || this.properties.resendUncertain()) {
			return null;
		}
		return "run " + earlier.execution() + " stopped while sending this message, so whether it went out is"
				+ " unknown; ask the recipient or look in the mail server's log, then run again with"
				+ " --briefs.mail.resend-uncertain=true to send it (it may arrive twice)";
	}

	private RetryTemplate retry() {
		return new RetryTemplate(RetryPolicy.builder()
			.maxRetries(Math.max(0, this.properties.maxAttempts() - 1))
			.delay(this.properties.backoff())
			.multiplier(2)
			.maxDelay(this.properties.backoff().multipliedBy(16))
			.predicate(MailFailures::isTransient)
			.build());
	}

	private List<BriefFile> briefs(long instance) {
		return this.rendered.findAll(instance)
			.stream()
			.map((brief) -> new BriefFile(brief.briefId(), brief.locale(), brief.file(), brief.bytes(), brief.sha256(),
					this.target.published()))
			.toList();
	}

	private void count(String status) {
		this.meters.counter("briefs.deliveries", "status", status.toLowerCase(java.util.Locale.ROOT)).increment();
	}

	/** The content of a delivery: the as-of date and the bytes (sha256) of every brief in it. */
	static String fingerprint(String asOf, List<BriefFile> briefs) {
		Sha256 digest = Sha256.begin().text(asOf);
		for (BriefFile brief : briefs) {
			digest.separator().text(brief.file() + "=" + brief.sha256());
		}
		return digest.hex();
	}

}
