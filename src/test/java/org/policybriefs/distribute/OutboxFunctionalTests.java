package org.policybriefs.distribute;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a mail server the shipped data's analysts get their messages as {@code .eml} files
 * in the run's outbox; {@code --no-distribute} writes none.
 */
@Tag("database")
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class OutboxFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theShippedAnalystsGetOneMessageFileEachWithThePdfAttached() throws Exception {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.temp);

		// when
		RunOutcome outcome = this.runs.run(request(workspace, "2026-08-17", true));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		Path outbox = workspace.published("2026-08-17").resolve("outbox");
		assertThat(BriefWorkspace.filesBelow(outbox)).containsExactly("analyst.one@example.org.eml",
				"analyst.three@example.org.eml", "analyst.two@example.org.eml");
		try (InputStream in = Files.newInputStream(outbox.resolve("analyst.one@example.org.eml"))) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			assertThat(message.getSubject()).endsWith(": the edition of 17 August 2026");
			assertThat(message.getMessageID()).endsWith("@example.org>");
			assertThat(message.getHeader("List-Unsubscribe", null))
				.isEqualTo("<mailto:briefs@example.org?subject=unsubscribe>");
			assertThat(DeliveryFunctionalTests.recipient(message)).isEqualTo("analyst.one@example.org");
			try (PDDocument pdf = Loader.loadPDF(DeliveryFunctionalTests.attachments(message).get(0))) {
				assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
			}
		}
	}

	@Test
	void addressesThatLookAlikeOnDiskGetOneMessageFileEach() throws Exception {
		// given: four addresses that one character apart would once share a file name
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		List<String> addresses = List.of("a+b@example.org", "a_b@example.org", "a%b@example.org", "a'b@example.org");
		workspace.write("analysts.csv", "email,name,locale,briefs\n"
				+ addresses.stream().map((address) -> address + ",A B,en,comparative\n").collect(Collectors.joining()));

		// when
		RunOutcome outcome = this.runs.run(request(workspace, "2026-08-16", true));

		// then: four files, each addressed to one of the four, and the log says SENT for four
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		Path outbox = workspace.published("2026-08-16").resolve("outbox");
		List<String> files = BriefWorkspace.filesBelow(outbox);
		assertThat(files).hasSize(4).allSatisfy((file) -> assertThat(file).endsWith(".eml"));
		List<String> recipients = new java.util.ArrayList<>();
		for (String file : files) {
			try (InputStream in = Files.newInputStream(outbox.resolve(file))) {
				recipients.add(DeliveryFunctionalTests.recipient(new MimeMessage(Session.getInstance(new Properties()), in)));
			}
		}
		assertThat(recipients).containsExactlyInAnyOrderElementsOf(addresses);
		assertThat(this.jdbc.queryForList(
				"SELECT recipient FROM delivery_log WHERE as_of = '2026-08-16' AND status = 'SENT'", String.class))
			.containsExactlyInAnyOrderElementsOf(addresses);
	}

	@Test
	void aRejectedAnalystIsNamedOnOneLine(CapturedOutput output) {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		workspace.write("analysts.csv", """
				email,name,locale,briefs
				ada@example.org,Ada,en,comparative
				not-an-address,Nobody,en,comparative
				""");

		// when
		RunOutcome outcome = this.runs.run(request(workspace, "2026-08-15", true));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(output.getAll().lines().filter((line) -> line.contains("not an email address: 'not-an-address'")))
			.hasSize(1);
	}

	@Test
	void noDistributeWritesNoOutbox() {
		BriefWorkspace workspace = new BriefWorkspace(this.temp);

		RunOutcome outcome = this.runs.run(request(workspace, "2026-08-18", false));

		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(workspace.published("2026-08-18").resolve("comparative.en.pdf")).exists();
		assertThat(workspace.published("2026-08-18").resolve("outbox")).doesNotExist();
	}

	/** The English comparative brief, which every shipped analyst follows. */
	private static BriefRunRequest request(BriefWorkspace workspace, String asOf, boolean distribute) {
		return new BriefRunRequest(LocalDate.parse(asOf), workspace.input(), workspace.output(),
				List.of("comparative"), List.of("en"), distribute, BriefRunRequest.Trigger.COMMAND_LINE);
	}

}
