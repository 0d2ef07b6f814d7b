package org.policybriefs.distribute;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery over SMTP to a real mail server (GreenMail): one message per analyst with their
 * briefs attached as PDFs, nothing sent twice, a server that is down for a moment retried.
 */
@Tag("database")
@SpringBootTest
class DeliveryFunctionalTests {

	/** The mail server, on a port the system chose; the test that needs it down stops it and starts it again there. */
	static GreenMail mailServer = start(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	static final int PORT = mailServer.getSmtp().getPort();

	@TempDir
	Path temp;

	@Autowired
	BriefRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	BriefWorkspace workspace;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("briefs.mail.backoff", () -> "300ms");
		registry.add("briefs.mail.max-attempts", () -> "5");
	}

	@BeforeEach
	void setUp() throws Exception {
		mailServer.purgeEmailFromAllMailboxes();
		this.workspace = new BriefWorkspace(this.temp);
		this.workspace.write("analysts.csv", """
				email,name,locale,briefs
				ada@example.org,Ada Analyst,en,comparative
				bo@example.org,Bo Analyst,zh-CN,comparative;region:GZ
				not-an-address,Nobody,en,comparative
				""");
	}

	@AfterAll
	static void stopMailServer() {
		mailServer.stop();
	}

	@Test
	void eachAnalystGetsOneMessageWithTheirBriefsAttachedAsPdfs() throws Exception {
		// when
		RunOutcome outcome = this.runs.run(request("2026-11-27"));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		MimeMessage[] received = mailServer.getReceivedMessages();
		assertThat(Arrays.stream(received).map(DeliveryFunctionalTests::recipient))
			.containsExactlyInAnyOrder("ada@example.org", "bo@example.org");
		MimeMessage ada = Arrays.stream(received)
			.filter((m) -> recipient(m).equals("ada@example.org"))
			.findFirst()
			.orElseThrow();
		assertThat(ada.getSubject()).endsWith(": the edition of 27 November 2026");
		List<byte[]> pdfs = attachments(ada);
		assertThat(pdfs).hasSize(1);
		try (PDDocument document = Loader.loadPDF(pdfs.get(0))) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
		}
		MimeMessage bo = Arrays.stream(received).filter((m) -> recipient(m).equals("bo@example.org")).findFirst().orElseThrow();
		assertThat(bo.getSubject()).endsWith("（2026年11月27日）");
	}

	@Test
	void aBadAddressIsLoggedAsRejectedWithItsReason() {
		this.runs.run(request("2026-11-26"));

		List<Map<String, Object>> rejected = this.jdbc
			.queryForList("SELECT recipient, error FROM delivery_log WHERE as_of = '2026-11-26' AND status = 'REJECTED'");
		assertThat(rejected).hasSize(1);
		assertThat(rejected.get(0).get("RECIPIENT")).isEqualTo("not-an-address");
		assertThat((String) rejected.get(0).get("ERROR")).contains("analysts.csv:4", "not an email address");
		assertThat(status("2026-11-26", "ada@example.org")).isEqualTo("SENT");
	}

	@Test
	void runningAgainSendsNothing() {
		// given
		this.runs.run(request("2026-11-25"));
		int afterFirst = mailServer.getReceivedMessages().length;

		// when
		RunOutcome again = this.runs.run(request("2026-11-25"));

		// then
		assertThat(afterFirst).isEqualTo(2);
		assertThat(again.status()).isEqualTo(RunOutcome.Status.UP_TO_DATE);
		assertThat(mailServer.getReceivedMessages()).hasSize(afterFirst);
	}

	@Test
	void aMailServerThatIsDownForAMomentIsRetried() {
		// given: the server is down when the first message goes out
		mailServer.stop();
		RunOutcome started = this.runs.start(request("2026-11-24"));

		// when: it comes back after the first failed attempt
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM delivery_log WHERE as_of = '2026-11-24' AND status = 'SENDING' AND attempts = 1",
				Integer.class) > 0);
		mailServer = start(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

		// then
		await().atMost(Duration.ofSeconds(60)).until(() -> "SENT".equals(status("2026-11-24", "bo@example.org")));
		assertThat(started.status()).isEqualTo(RunOutcome.Status.STARTED);
		Integer attempts = this.jdbc.queryForObject("""
				SELECT MAX(attempts) FROM delivery_log WHERE as_of = '2026-11-24' AND status = 'SENT'""", Integer.class);
		assertThat(attempts).isGreaterThanOrEqualTo(2);
		assertThat(mailServer.getReceivedMessages()).hasSize(2);
	}

	/** The English comparative brief, which every analyst here follows. */
	private BriefRunRequest request(String asOf) {
		return new BriefRunRequest(LocalDate.parse(asOf), this.workspace.input(), this.workspace.output(),
				List.of("comparative"), List.of("en"), true, BriefRunRequest.Trigger.ON_DEMAND);
	}

	private static GreenMail start(ServerSetup setup) {
		GreenMail server = new GreenMail(setup);
		server.start();
		return server;
	}

	private String status(String asOf, String recipient) {
		List<String> statuses = this.jdbc.queryForList(
				"SELECT status FROM delivery_log WHERE as_of = ? AND recipient = ? ORDER BY id DESC", String.class, asOf,
				recipient);
		return statuses.isEmpty() ? null : statuses.get(0);
	}

	static String recipient(MimeMessage message) {
		try {
			return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<byte[]> attachments(MimeMessage message) throws Exception {
		List<byte[]> pdfs = new java.util.ArrayList<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getContentType()).startsWith("application/pdf");
				pdfs.add(part.getInputStream().readAllBytes());
			}
		}
		return pdfs;
	}

}
