package org.policybriefs.web;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The REST API on a real job and database: start a run, follow it to the end, list and
 * download what it published, and nothing else.
 */
@Tag("database")
@ServeModeTest
class RunsApiFunctionalTests {

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void postStartsARunThatCompletesAndPublishesADownloadablePdf() throws Exception {
		// given
		String body = """
				{"asOf":"2026-11-27","briefs":["comparative"],"locales":["en"],"distribute":false}""";

		// when
		MockHttpServletResponse started = call(post("/api/runs").contentType(MediaType.APPLICATION_JSON).content(body));

		// then
		assertThat(started.getStatus()).isEqualTo(202);
		String location = started.getHeader("Location");
		assertThat(location).matches("/api/runs/\\d+");
		JsonNode run = awaitEnd(location);
		assertThat(run.path("run").path("status").asString()).isEqualTo("COMPLETED");
		assertThat(run.path("run").path("trigger").asString()).isEqualTo("on demand");
		assertThat(run.path("run").path("rows").path("read").asLong()).isPositive();
		assertThat(run.path("run").path("progress").path("percent").asInt()).isEqualTo(100);
		assertThat(run.path("steps").size()).isGreaterThanOrEqualTo(7);

		JsonNode manifest = json.readTree(call(get(location + "/files")).getContentAsString());
		assertThat(manifest.path("briefs").get(0).path("file").asString()).isEqualTo("comparative.en.pdf");

		MockHttpServletResponse pdf = call(get(location + "/files/comparative.en.pdf"));
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"comparative.en.pdf\"");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(document.getNumberOfPages()).isEqualTo(manifest.path("briefs").get(0).path("pages").asInt());
		}
	}

	@Test
	void theSameRequestAgainIsUpToDate() throws Exception {
		// given
		String location = completedRun("2026-11-26");

		// when
		MockHttpServletResponse again = call(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
			.content(comparativeInEnglish("2026-11-26", false)));

		// then
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getHeader("Location")).isEqualTo(location);
		assertThat(json.readTree(again.getContentAsString()).path("status").asString()).isEqualTo("UP_TO_DATE");
	}

	@Test
	void runsAreListedNewestFirst() throws Exception {
		completedRun("2026-11-25");

		JsonNode runs = json.readTree(call(get("/api/runs")).getContentAsString());

		assertThat(runs.isArray()).isTrue();
		assertThat(runs.findValuesAsString("asOf")).contains("2026-11-25");
	}

	@Test
	void aBadDateIsAProblemDetail() throws Exception {
		MockHttpServletResponse response = call(
				post("/api/runs").contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"27.11.2026\"}"));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = json.readTree(response.getContentAsString());
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("detail").asString()).contains("YYYY-MM-DD");
	}

	@Test
	void anUnknownRunIsAProblemDetail() throws Exception {
		MockHttpServletResponse response = call(get("/api/runs/987654"));

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(json.readTree(response.getContentAsString()).path("detail").asString()).isEqualTo("no run 987654");
	}

	@Test
	void onlyFilesInTheRunsManifestAreServed() throws Exception {
		// given: a run, and a file in its folder that its manifest does not list
		String location = completedRun("2026-11-24");
		Path folder = ServeTestProperties.workspace.published("2026-11-24");
		Files.writeString(folder.resolve("unlisted.pdf"), "%PDF-1.4 not part of the run");
		Files.writeString(ServeTestProperties.workspace.output().resolveSibling("secret.txt"), "outside the output folder");

		// when / then
		assertThat(call(get(location + "/files/manifest.json")).getStatus()).isEqualTo(200);
		assertThat(call(get(location + "/files/indicators.csv")).getStatus()).isEqualTo(200);
		assertThat(call(get(location + "/files/unlisted.pdf")).getStatus()).isEqualTo(404);
		assertThat(call(get(location + "/files/secret.txt")).getStatus()).isEqualTo(404);
		assertThat(call(get(URI.create(location + "/files/..%2F..%2Fsecret.txt"))).getStatus()).isEqualTo(400);
		assertThat(call(get(URI.create(location + "/files/%2Fetc%2Fpasswd"))).getStatus()).isEqualTo(400);
		assertThat(call(get(URI.create(location + "/files/..%5Csecret.txt"))).getStatus()).isIn(400, 404);
		assertThat(call(get(URI.create(location + "/files/../../secret.txt"))).getStatus()).isIn(400, 404);
		assertThat(call(get(URI.create(location + "/files/2026-11-24/comparative.en.pdf"))).getStatus())
			.isEqualTo(404);
		assertThat(call(get(URI.create(location + "/files/.."))).getStatus()).isIn(400, 404);
		assertThat(call(get(URI.create(location + "/files/%2e%2e"))).getStatus()).isIn(400, 404);
	}

	@Test
	void metricsCountRunDurationBriefsRenderedAndDeliveriesByStatus() throws Exception {
		// given: a run that delivers to the shipped analysts (into the outbox: no mail server here)
		MockHttpServletResponse started = call(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
			.content(comparativeInEnglish("2026-11-22", true)));
		assertThat(awaitEnd(started.getHeader("Location")).path("run").path("deliveries").path("sent").asInt())
			.isEqualTo(3);

		// when
		JsonNode duration = json.readTree(call(get("/actuator/metrics/briefs.run.duration")).getContentAsString());
		JsonNode rendered = json.readTree(call(get("/actuator/metrics/briefs.rendered")).getContentAsString());
		JsonNode sent = json
			.readTree(call(get("/actuator/metrics/briefs.deliveries").param("tag", "status:sent")).getContentAsString());

		// then
		assertThat(duration.path("measurements").findValuesAsString("statistic")).contains("COUNT", "TOTAL_TIME");
		assertThat(duration.path("availableTags").toString()).contains("completed");
		assertThat(measurement(rendered, "COUNT")).isGreaterThanOrEqualTo(1);
		assertThat(measurement(sent, "COUNT")).isGreaterThanOrEqualTo(3);
	}

	private static double measurement(JsonNode metric, String statistic) {
		for (JsonNode measurement : metric.path("measurements")) {
			if (statistic.equals(measurement.path("statistic").asString())) {
				return measurement.path("value").asDouble();
			}
		}
		throw new AssertionError("no " + statistic + " in " + metric);
	}

	@Test
	void theChangesOfARunSinceThePreviousEditionAreJson() throws Exception {
		// given: two editions of the same input a day apart
		completedRun("2026-10-01");
		String second = completedRun("2026-10-02");

		// when
		MockHttpServletResponse response = call(get(second + "/changes"));

		// then
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode changes = json.readTree(response.getContentAsString());
		assertThat(changes.path("from").asString()).isEqualTo("2026-10-01");
		assertThat(changes.path("to").asString()).isEqualTo("2026-10-02");
		assertThat(changes.path("firstEdition").asBoolean()).isFalse();
		assertThat(changes.path("unchanged").asBoolean()).isTrue();
		assertThat(changes.path("changes").isArray()).isTrue();
		assertThat(changes.path("changes").size()).isZero();
		assertThat(call(get("/api/runs/999999/changes")).getStatus()).isEqualTo(404);
	}

	private String completedRun(String asOf) throws Exception {
		MockHttpServletResponse response = call(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
			.content(comparativeInEnglish(asOf, false)));
		String location = response.getHeader("Location");
		assertThat(awaitEnd(location).path("run").path("status").asString()).isEqualTo("COMPLETED");
		return location;
	}

	/** A request for the English comparative brief, which every shipped analyst follows. */
	private static String comparativeInEnglish(String asOf, boolean distribute) {
		return """
				{"asOf":"%s","briefs":["comparative"],"locales":["en"],"distribute":%s}""".formatted(asOf, distribute);
	}

	private JsonNode awaitEnd(String location) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			last[0] = json.readTree(call(get(location)).getContentAsString());
			return !last[0].path("run").path("running").asBoolean(true);
		});
		return last[0];
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc
			.perform(request.with(httpBasic(ServeTestProperties.OPERATOR, ServeTestProperties.OPERATOR_PASSWORD)))
			.andReturn()
			.getResponse();
	}

}
