package org.policybriefs.distribute;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run killed with SIGKILL while the mail server holds a message it never answered: nobody can
 * know whether that message went out. The next run says so, fails that delivery with its reason
 * and exit code 3 (never a silent skip), sends nothing twice, and sends it again only when told to
 * with {@code briefs.mail.resend-uncertain=true}.
 */
class DeliveryAfterKillFunctionalTests {

	/** A short lease, so that the second run may take over the killed one soon. */
	static final Duration LEASE = Duration.ofSeconds(3);

	private final RefusingSmtpServer server = new RefusingSmtpServer("nobody");

	@TempDir
	Path root;

	@AfterEach
	void stop() throws Exception {
		this.server.close();
	}

	@Test
	void aMessageCutOffBySigkillIsNeitherSkippedSilentlyNorSentTwiceUnlessAskedFor() throws InterruptedException {
		// given: a run killed while the server holds the message to the second analyst
		BriefWorkspace workspace = new BriefWorkspace(this.root);
		this.server.stall("analyst.two@example.org");
		BriefProcess killed = BriefProcess.start(this.root, run(workspace));
		await().atMost(Duration.ofMinutes(3))
			.until(() -> this.server.unanswered().contains("analyst.two@example.org") || !isAlive(killed));
		killed.kill();
		assertThat(this.server.delivered()).as(killed.output()).containsExactly("analyst.one@example.org");

		// when: started again, with the server answering, once the killed run's lease has run out
		this.server.stall(null);
		Thread.sleep(LEASE.toMillis() + 1000);
		BriefProcess again = BriefProcess.start(this.root, run(workspace));

		// then: the uncertain delivery fails with its reason, the others are done, nothing twice
		assertThat(again.waitFor()).as(again.output()).isEqualTo(3);
		assertThat(again.stderr()).anyMatch((line) -> line.contains("analyst.two@example.org")
				&& line.contains("stopped while sending this message, so whether it went out is unknown")
				&& line.contains("--briefs.mail.resend-uncertain=true"));
		assertThat(this.server.delivered()).containsExactly("analyst.one@example.org", "analyst.three@example.org");

		// when: the operator decides it is to be sent again
		BriefProcess resent = BriefProcess.start(this.root, run(workspace, "--briefs.mail.resend-uncertain=true"));

		// then
		assertThat(resent.waitFor()).as(resent.output()).isZero();
		assertThat(this.server.delivered()).containsExactly("analyst.one@example.org", "analyst.three@example.org",
				"analyst.two@example.org");
	}

	private String[] run(BriefWorkspace workspace, String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--as-of=2026-11-27", "--brief=comparative", "--locale=en",
				"--input=" + workspace.input(), "--output=" + workspace.output(), "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + this.server.port(), "--briefs.mail.max-attempts=1",
				"--briefs.runs.lease=" + LEASE.toSeconds() + "s"));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	private static boolean isAlive(BriefProcess process) {
		return process.stdout().stream().noneMatch((line) -> line.matches("run \\d+ (completed|failed).*"));
	}

}
