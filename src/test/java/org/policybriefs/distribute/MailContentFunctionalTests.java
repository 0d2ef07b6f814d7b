package org.policybriefs.distribute;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message an analyst reads, over SMTP (GreenMail), and its unsubscribe link followed over
 * HTTP to serve mode: subject with the series and the date, text and HTML parts with the brief's
 * takeaways in the analyst's language (one English editor, one Chinese analyst), no internal file
 * name, the List-Unsubscribe headers; after the one-click POST the next run sends that analyst
 * nothing and the delivery log says UNSUBSCRIBED.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "spring.main.web-application-type=servlet", "briefs.users[0].name=ana",
				"briefs.users[0].password={noop}analyst-secret", "briefs.users[0].roles=ANALYST",
				"briefs.render.series=Synthetic Test Series", "briefs.mail.reply-to=editors@example.org",
				"briefs.mail.unsubscribe.secret=a-test-secret-that-is-long-enough-to-sign" })
class MailContentFunctionalTests {

	static GreenMail mailServer = start();

	static final int WEB_PORT = freePort();

	static final String SERIES = "Synthetic Test Series";

	static final BriefWorkspace workspace = new BriefWorkspace(BriefWorkspace.temporaryFolder("mail-content"));

	@Autowired
	BriefRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource words;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mailServer.getSmtp().getPort());
		registry.add("server.port", () -> WEB_PORT);
		registry.add("briefs.mail.unsubscribe.public-url", () -> "http://127.0.0.1:" + WEB_PORT);
		registry.add("briefs.serve.input", () -> workspace.input().toString());
		registry.add("briefs.serve.output", () -> workspace.output().toString());
	}

	@AfterAll
	static void stopMailServer() {
		mailServer.stop();
	}

	@Test
	void theMessageSaysWhatTheBriefSaysAndOneClickStopsTheNextOne() throws Exception {
		// given: an English editor and a Chinese analyst
		workspace.write("analysts.csv", """
				email,name,locale,briefs,role
				ada@example.org,Ada Editor,en,comparative,editor
				bo@example.org,Bo Analyst,zh-CN,comparative,
				""");

		// when
		RunOutcome first = this.runs.run(request("2026-11-27"));

		// then: one message each, in their language
		assertThat(first.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		MimeMessage ada = received("ada@example.org");
		MimeMessage bo = received("bo@example.org");
		assertThat(ada.getSubject()).contains(SERIES, "27 November 2026");
		assertThat(bo.getSubject()).contains(SERIES, "2026年11月27日");
		for (MimeMessage message : List.of(ada, bo)) {
			assertThat(message.getMessageID()).endsWith("@example.org>").doesNotContain("localhost");
			assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("editors@example.org");
			assertThat(message.getHeader("List-Unsubscribe", null))
				.startsWith("<mailto:editors@example.org?subject=unsubscribe>, <http://127.0.0.1:" + WEB_PORT
						+ "/unsubscribe?token=");
			assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
			assertThat(DeliveryFunctionalTests.attachments(message)).hasSize(1);
			for (String part : List.of(part(message, "text/plain"), part(message, "text/html"))) {
				assertThat(part).doesNotContain("analysts.csv", ".pdf", "evidence.yml", "checks.csv");
			}
		}
		String adaText = part(ada, "text/plain");
		String boText = part(bo, "text/plain");
		assertThat(adaText).contains(word("section.takeaways", Locale.ENGLISH), "- " + regionName("GZ", "name_en") + ". ",
				"1 brief is attached");
		assertThat(boText).contains(word("section.takeaways", Locale.forLanguageTag("zh-CN")),
				"- " + regionName("GZ", "name_zh") + "：").doesNotContain(regionName("GZ", "name_en"));
		assertThat(part(bo, "text/html")).contains("<html lang=\"zh-CN\">", regionName("GZ", "name_zh"));
		// the analyst's summary comes first, in each reader's language, its figures printed, not their references
		assertThat(adaText).contains(word("section.summary", Locale.ENGLISH), summaryLead("summary.en.md"))
			.doesNotContain("{{");
		assertThat(boText).contains(word("section.summary", Locale.forLanguageTag("zh-CN")), summaryLead("summary.zh-CN.md"))
			.doesNotContain("{{");
		assertThat(adaText.indexOf(summaryLead("summary.en.md")))
			.isLessThan(adaText.indexOf(word("section.takeaways", Locale.ENGLISH)));
		// the shipped data fails one check: the editor gets its arithmetic, the analyst what it means
		assertThat(adaText).contains(word("section.checks", Locale.ENGLISH), "The arithmetic: ");
		assertThat(boText).contains(word("section.checks", Locale.forLanguageTag("zh-CN"))).doesNotContain("算式：");
		// Guizhou's takeaway states figures two sources give differently: it says so, as the brief does
		assertThat(adaText).contains(word("disagreements.flag", Locale.ENGLISH));
		assertThat(boText).contains(word("disagreements.flag", Locale.forLanguageTag("zh-CN")));

		// when: a link scanner opens Bo's link, then Bo's mail client posts it (RFC 8058)
		URI link = oneClickLink(bo);
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(link).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("bo@example.org", "id=\"unsubscribe\"");
		assertThat(unsubscribed()).isZero();
		String address = link.toString();
		int middle = address.length() - 10;
		HttpResponse<String> forged = http.send(post(URI.create(address.substring(0, middle)
				+ ((address.charAt(middle) == 'A') ? 'B' : 'A') + address.substring(middle + 1))),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> oneClick = http.send(post(link), HttpResponse.BodyHandlers.ofString());

		// then
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("SELECT how FROM unsubscribe WHERE recipient = 'bo@example.org'",
				String.class)).isEqualTo("ONE_CLICK");
		assertThat(unsubscribed()).isOne();

		// when: the next edition
		mailServer.purgeEmailFromAllMailboxes();
		RunOutcome next = this.runs.run(request("2026-11-28"));

		// then: Bo gets nothing, and the delivery log says why
		assertThat(next.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(Arrays.stream(mailServer.getReceivedMessages()).map(DeliveryFunctionalTests::recipient))
			.containsExactly("ada@example.org");
		assertThat(this.jdbc.queryForObject(
				"SELECT status FROM delivery_log WHERE as_of = '2026-11-28' AND recipient = 'bo@example.org'",
				String.class)).isEqualTo("UNSUBSCRIBED");
		assertThat(this.jdbc.queryForObject(
				"SELECT error FROM delivery_log WHERE as_of = '2026-11-28' AND recipient = 'bo@example.org'",
				String.class)).startsWith("unsubscribed on ").contains("(one-click)");
	}

	private static HttpRequest post(URI link) {
		return HttpRequest.newBuilder(link)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build();
	}

	private int unsubscribed() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM unsubscribe", Integer.class);
	}

	private static URI oneClickLink(MimeMessage message) throws Exception {
		Matcher link = Pattern.compile("<(http[^>]+)>").matcher(message.getHeader("List-Unsubscribe", null));
		assertThat(link.find()).isTrue();
		return URI.create(link.group(1));
	}

	private String word(String key, Locale locale) {
		return this.words.getMessage(key, null, locale);
	}

	/** A region's name as the test's regions.csv gives it. */
	private static String regionName(String code, String column) throws IOException {
		try (Reader reader = Files.newBufferedReader(workspace.input().resolve("regions.csv"))) {
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				if (row.get("code").equals(code)) {
					return row.get(column);
				}
			}
		}
		throw new IllegalStateException("no region " + code);
	}

	private static MimeMessage received(String recipient) {
		return Arrays.stream(mailServer.getReceivedMessages())
			.filter((message) -> DeliveryFunctionalTests.recipient(message).equals(recipient))
			.findFirst()
			.orElseThrow();
	}

	/** The text of the message's part of this type, inside its multipart/alternative. */
	private static String part(MimeMessage message, String type) throws Exception {
		assertThat(message.getContentType()).startsWith("multipart/mixed");
		Multipart mixed = (Multipart) message.getContent();
		for (int i = 0; i < mixed.getCount(); i++) {
			BodyPart part = mixed.getBodyPart(i);
			if (part.isMimeType("multipart/alternative")) {
				Multipart alternative = (Multipart) part.getContent();
				for (int j = 0; j < alternative.getCount(); j++) {
					if (alternative.getBodyPart(j).isMimeType(type)) {
						return (String) alternative.getBodyPart(j).getContent();
					}
				}
			}
		}
		throw new AssertionError("no " + type + " part in multipart/alternative");
	}

	private static BriefRunRequest request(String asOf) {
		return new BriefRunRequest(LocalDate.parse(asOf), workspace.input(), workspace.output(), List.of("comparative"),
				List.of("en", "zh-CN"), true, BriefRunRequest.Trigger.ON_DEMAND);
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}


	/** The bold lead of the shipped summary's first paragraph, as the analyst wrote it. */
	private static String summaryLead(String file) throws java.io.IOException {
		java.util.regex.Matcher lead = java.util.regex.Pattern.compile("\\*\\*(.+?)\\*\\*")
			.matcher(java.nio.file.Files.readString(java.nio.file.Path.of("input/commentary", file)));
		assertThat(lead.find()).as("a bold lead in " + file).isTrue();
		return lead.group(1);
	}

}
