package org.policybriefs.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many runs asked for at once, over HTTP on the running server, each for a date of its own, with
 * a small connection pool (5: one run at once with one render thread, four waiting) and a real
 * mail server: every one is either started and completes, delivering what it says, or refused up
 * front with 429 and a Retry-After; none fails half-way for want of a database connection (a
 * connection is waited for 5 s at most, so a pool too small shows as a failed run), and the
 * delivery log records SENT exactly the messages the mail server received, nothing else.
 */
@Tag("database")
@ServeModeTest
@TestPropertySource(properties = { "briefs.runs.queue=4", "briefs.render.threads=1",
		"spring.datasource.hikari.maximum-pool-size=5", "spring.datasource.hikari.connection-timeout=5000" })
class ConcurrentRunsFunctionalTests {

	static final int REQUESTS = 12;

	static final GreenMail mailServer = start();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mailServer.getSmtp().getPort());
	}

	@AfterAll
	static void stopMailServer() {
		mailServer.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void concurrentRequestsCompleteOrAreRefusedUpFrontAndNoDeliveryIsFalselyUnknown() throws Exception {
		// given: twelve requests on distinct dates, sent at the same moment
		LocalDate first = LocalDate.parse("2026-07-01");
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			sent.add(this.http.sendAsync(post("""
					{"asOf":"%s","briefs":["comparative"],"locales":["en"],"distribute":true}""".formatted(first.plusDays(i))),
					HttpResponse.BodyHandlers.ofString()));
		}

		// when
		List<String> started = new ArrayList<>();
		int refused = 0;
		for (CompletableFuture<HttpResponse<String>> response : sent) {
			HttpResponse<String> answer = response.join();
			if (answer.statusCode() == 429) {
				refused++;
				assertThat(answer.headers().firstValue("Retry-After")).hasValue(RunsApiController.RETRY_AFTER_SECONDS);
				assertThat(this.json.readTree(answer.body()).path("detail").asString()).contains("try again");
				continue;
			}
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
			started.add(answer.headers().firstValue("Location").orElseThrow());
		}

		// then: as many as run at once plus the queue were taken, and each of them completed
		assertThat(started.size() + refused).isEqualTo(REQUESTS);
		assertThat(started).hasSizeGreaterThanOrEqualTo(1 + 4);
		for (String location : started) {
			JsonNode run = awaitEnd(location);
			assertThat(run.path("run").path("status").asString()).as(location + ": " + run).isEqualTo("COMPLETED");
		}
		List<String> statuses = this.jdbc.queryForList("""
				SELECT status FROM delivery_log WHERE as_of BETWEEN '2026-07-01' AND '2026-07-31'""", String.class);
		assertThat(statuses).hasSize(3 * started.size()).containsOnly("SENT");
		List<String> recordedSent = this.jdbc.queryForList("""
				SELECT message_id FROM delivery_log WHERE as_of BETWEEN '2026-07-01' AND '2026-07-31'""", String.class);
		List<String> received = new ArrayList<>();
		for (MimeMessage message : mailServer.getReceivedMessages()) {
			received.add(message.getMessageID());
		}
		assertThat(received).as("no message received twice").doesNotHaveDuplicates();
		assertThat(Set.copyOf(received)).isEqualTo(new HashSet<>(recordedSent));
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	private HttpRequest post(String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/runs"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private JsonNode awaitEnd(String location) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + location))
						.header("Authorization", basic())
						.build(),
					HttpResponse.BodyHandlers.ofString());
			last[0] = this.json.readTree(response.body());
			return !last[0].path("run").path("running").asBoolean(true);
		});
		return last[0];
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((ServeTestProperties.OPERATOR + ":" + ServeTestProperties.OPERATOR_PASSWORD)
				.getBytes(StandardCharsets.UTF_8));
	}

}
