package org.policybriefs.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Serve mode over real HTTP, as a hostile or careless client meets it: every answer carries a
 * Content-Security-Policy and a Referrer-Policy, {@code /error} is not a page, a long value is not
 * echoed whole, a run id is decimal only, and the progress of a run counts its briefs.
 */
@ServeModeTest
class WebHardeningFunctionalTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void pagesAndTheApiCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
		for (HttpResponse<String> response : new HttpResponse[] { get("/login", null), get("/api/runs", analyst()),
				get("/runs", analyst()) }) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().toString())
				.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'", "script-src 'self'",
						"frame-ancestors 'none'"));
			assertThat(response.headers().firstValue("Referrer-Policy")).as(response.uri().toString())
				.contains("same-origin");
		}
		assertThat(get("/runs", analyst()).body()).doesNotContain("<script>").doesNotContain("style=\"");
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		assertThat(get("/error", null).statusCode()).isEqualTo(404);
		assertThat(get("/error", analyst()).statusCode()).isEqualTo(404);
	}

	@Test
	void aLongBriefNameIsNotEchoedWhole() throws Exception {
		String name = "x".repeat(5_000_000);

		HttpResponse<String> response = post("/api/runs",
				"{\"asOf\":\"2026-11-02\",\"briefs\":[\"" + name + "\"],\"distribute\":false}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body().length()).isLessThan(1000);
		assertThat(json.readTree(response.body()).path("detail").asString()).startsWith("unknown brief 'xxxx")
			.contains("characters left out")
			.endsWith("use comparative, regions, region:CODE or all");
	}

	@Test
	void aRunIdIsDecimalOnly() throws Exception {
		assertThat(get("/api/runs/0x1", analyst()).statusCode()).isEqualTo(404);
		assertThat(get("/runs/0x1", analyst()).statusCode()).isEqualTo(404);
		assertThat(get("/api/runs/1e0", analyst()).statusCode()).isEqualTo(404);
	}

	@Test
	void theProgressOfARunCountsEveryBriefItMakes() throws Exception {
		HttpResponse<String> started = post("/api/runs",
				"{\"asOf\":\"2026-11-03\",\"briefs\":[\"all\"],\"locales\":[\"en\",\"zh-CN\"],\"distribute\":false}");
		assertThat(started.statusCode()).as(started.body()).isIn(200, 202);
		long id = json.readTree(started.body()).path("id").asLong();

		await().atMost(Duration.ofMinutes(3))
			.until(() -> !run(id).path("run").path("running").asBoolean(true));

		JsonNode progress = run(id).path("run").path("progress");
		assertThat(progress.path("briefsTotal").asInt()).isEqualTo(8);
		assertThat(progress.path("briefsRendered").asInt()).isEqualTo(8);
	}

	private JsonNode run(long id) throws IOException, InterruptedException {
		return json.readTree(get("/api/runs/" + id, analyst()).body());
	}

	private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(ServeTestProperties.OPERATOR, ServeTestProperties.OPERATOR_PASSWORD))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String analyst() {
		return basic(ServeTestProperties.ANALYST, ServeTestProperties.ANALYST_PASSWORD);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
