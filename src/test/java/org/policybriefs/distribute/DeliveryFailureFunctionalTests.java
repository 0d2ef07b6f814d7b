package org.policybriefs.distribute;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.cli.BriefCommands;
import org.policybriefs.cli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recipient the mail server refuses for good: the others still get theirs, the run says so
 * with its own exit code, and running again once the server accepts sends only what failed.
 */
@Tag("database")
@SpringBootTest
class DeliveryFailureFunctionalTests {

	static final RefusingSmtpServer server = new RefusingSmtpServer("cy@example.org");

	@TempDir
	Path temp;

	@Autowired
	BriefCommands commands;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", server::port);
		registry.add("briefs.mail.backoff", () -> "100ms");
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void aRefusedRecipientFailsTheRunAfterTheOthersGotTheirsAndARerunSendsOnlyToThem() {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		workspace.write("analysts.csv", """
				email,name,locale,briefs
				ada@example.org,Ada,en,comparative
				cy@example.org,Cy,en,comparative
				di@example.org,Di,en,comparative
				""");
		String[] run = { "run", "--as-of=2026-11-27", "--brief=comparative", "--locale=en", "--input=" + workspace.input(),
				"--output=" + workspace.output() };

		// when
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int first = this.commands.execute(CommandLine.parse(run), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		// then
		assertThat(first).isEqualTo(BriefCommands.DELIVERY_FAILED);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cy@example.org (1 attempts): 550",
				"the briefs were published, but some deliveries failed");
		assertThat(server.delivered()).containsExactlyInAnyOrder("ada@example.org", "di@example.org");
		assertThat(workspace.published("2026-11-27").resolve("comparative.en.pdf")).exists();

		// when: the server accepts Cy again, and the run is started again
		server.refuse("nobody");
		int second = this.commands.execute(CommandLine.parse(run), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream()));

		// then
		assertThat(second).isEqualTo(BriefCommands.OK);
		assertThat(server.delivered()).containsExactlyInAnyOrder("ada@example.org", "di@example.org", "cy@example.org");
		List<Map<String, Object>> log = this.jdbc
			.queryForList("SELECT recipient, status, attempts FROM delivery_log ORDER BY id");
		assertThat(log).extracting((row) -> row.get("RECIPIENT") + " " + row.get("STATUS") + " " + row.get("ATTEMPTS"))
			.containsExactly("ada@example.org SENT 1", "cy@example.org FAILED 1", "di@example.org SENT 1",
					"ada@example.org SKIPPED 0", "cy@example.org SENT 1", "di@example.org SKIPPED 0");
	}

}
