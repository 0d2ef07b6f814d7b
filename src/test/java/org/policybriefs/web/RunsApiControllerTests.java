package org.policybriefs.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policybriefs.brief.BriefId;
import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.jobs.RunOutcome;
import org.policybriefs.render.RenderedBriefs.RenderedBrief;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The JSON API in the web slice, with the real security rules and request checks, on runs that the
 * mocked history and launcher make up.
 */
class RunsApiControllerTests extends WebSliceTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aRequestWithABadDateIsRefusedWithTheProblemAndStartsNothing() throws Exception {
		// when
		MockHttpServletResponse response = call(asOperator(post("/api/runs")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"asOf":"27.11.2026"}"""));

		// then
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = this.json.readTree(response.getContentAsString());
		assertThat(problem.path("title").asString()).isEqualTo("Invalid run request");
		assertThat(problem.path("detail").asString()).contains("YYYY-MM-DD").endsWith(", not '27.11.2026'");
		then(this.runs).should(never()).start(any());
	}

	@Test
	void anAnonymousRequestIsAskedToLogIn() throws Exception {
		// when
		MockHttpServletResponse response = call(get("/api/runs"));

		// then
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"policy-briefs\"");
		assertThat(this.json.readTree(response.getContentAsString()).path("detail").asString())
			.isEqualTo("log in with HTTP Basic");
		then(this.history).shouldHaveNoInteractions();
	}

	@Test
	void anAnalystMayNotStartARun() throws Exception {
		// when
		MockHttpServletResponse response = call(post("/api/runs").with(httpBasic("ana", "analyst-secret"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"asOf":"2026-11-27"}"""));

		// then
		assertThat(response.getStatus()).isEqualTo(403);
		then(this.runs).should(never()).start(any());
	}

	@Test
	void aStartedRunIsAcceptedWithItsLocationStatusAndId() throws Exception {
		// given
		given(this.runs.start(any()))
			.willReturn(new RunOutcome(RunOutcome.Status.STARTED, 7L, null, List.of(), List.of()));

		// when
		MockHttpServletResponse response = call(asOperator(post("/api/runs")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"asOf":"2026-11-27","briefs":["comparative"],"locales":["en"],"distribute":false}"""));

		// then
		assertThat(response.getStatus()).isEqualTo(202);
		assertThat(response.getHeader("Location")).isEqualTo("/api/runs/7");
		assertThat(response.getContentAsString()).isEqualTo("{\"status\":\"STARTED\",\"id\":7}");
	}

	@Test
	void upToDateWithoutARunSaysSoWithANullId() throws Exception {
		// given
		given(this.runs.start(any()))
			.willReturn(new RunOutcome(RunOutcome.Status.UP_TO_DATE, null, null, List.of(), List.of()));

		// when
		MockHttpServletResponse response = call(asOperator(post("/api/runs")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"asOf":"2026-11-27"}"""));

		// then
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Location")).isNull();
		assertThat(response.getContentAsString()).isEqualTo("{\"status\":\"UP_TO_DATE\",\"id\":null}");
	}

	@Test
	void aRunShowsItsSummaryStepsAndBriefsInOrder() throws Exception {
		// given
		JobExecution execution = execution(5);
		StepExecution step = new StepExecution(11, "ingest", execution);
		step.setStatus(BatchStatus.COMPLETED);
		step.setReadCount(12);
		step.setWriteCount(10);
		if (execution.getStepExecutions().isEmpty()) {
			execution.addStepExecution(step);
		}
		given(this.history.summary(execution)).willReturn(completed(5, 42, "2026-11-27"));
		given(this.history.briefs(42)).willReturn(List.of(
				new RenderedBrief(BriefId.COMPARATIVE, "en", "comparative.en.pdf", 1000, 12, "ab", "worker-1"),
				new RenderedBrief(BriefId.regional("GZ"), "zh_CN", "region-GZ.zh_CN.pdf", 900, 9, "cd", null)));

		// when
		MockHttpServletResponse response = call(asAnalyst(get("/api/runs/5")));

		// then
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode run = this.json.readTree(response.getContentAsString());
		assertThat(names(run)).containsExactly("run", "steps", "briefs");
		assertThat(run.path("run").path("id").asLong()).isEqualTo(5);
		assertThat(run.path("steps")).hasSize(1);
		assertThat(names(run.path("steps").get(0))).containsExactly("name", "status", "read", "written");
		assertThat(run.path("steps").get(0).toString())
			.isEqualTo("{\"name\":\"ingest\",\"status\":\"COMPLETED\",\"read\":12,\"written\":10}");
		assertThat(names(run.path("briefs").get(0))).containsExactly("briefId", "locale", "file", "pages", "worker");
		assertThat(run.path("briefs").get(0).toString()).isEqualTo("{\"briefId\":\"comparative\",\"locale\":\"en\","
				+ "\"file\":\"comparative.en.pdf\",\"pages\":12,\"worker\":\"worker-1\"}");
		// a brief rendered by no named worker shows an empty worker, not null
		assertThat(run.path("briefs").get(1).path("worker").isString()).isTrue();
		assertThat(run.path("briefs").get(1).path("worker").asString()).isEmpty();
		assertThat(run.path("briefs").get(1).path("briefId").asString()).isEqualTo("region-GZ");
	}

	@Test
	void anUnknownRunIsNotFound() throws Exception {
		// when
		MockHttpServletResponse response = call(asAnalyst(get("/api/runs/987654")));

		// then
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(this.json.readTree(response.getContentAsString()).path("detail").asString())
			.isEqualTo("no run 987654");
	}

	@Test
	void theChangesOfARunHaveTheColumnsOfChangesCsvAndTheTextsForPeople() throws Exception {
		// given
		JobExecution execution = execution(6);
		given(this.files.changes(execution)).willReturn(Optional.of(new EditionChanges(LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 2),
				List.of(new Change("GZ", "compute_capacity", "observed", "2025", Change.Type.REVISED, 100.0, "~",
						112.5, "", List.of("S1"), List.of("S2"), "EFLOPS", "", ""),
						new Change("BJ", "registered_models", "derived", "2025", Change.Type.ADDED, null, null, 30.0,
								">", null, List.of("S3"), null, null, "BJ.models=30")),
				List.of("SH"), List.of(), List.of(), List.of("old_indicator"))));

		// when
		MockHttpServletResponse response = call(asAnalyst(get("/api/runs/6/changes")));

		// then
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode changes = this.json.readTree(response.getContentAsString());
		assertThat(names(changes)).containsExactly("from", "to", "firstEdition", "unchanged", "addedRegions",
				"removedRegions", "addedIndicators", "removedIndicators", "changes");
		assertThat(changes.path("from").asString()).isEqualTo("2026-10-01");
		assertThat(changes.path("firstEdition").asBoolean()).isFalse();
		assertThat(changes.path("unchanged").asBoolean()).isFalse();
		assertThat(changes.path("addedRegions").toString()).isEqualTo("[\"SH\"]");
		assertThat(changes.path("removedIndicators").toString()).isEqualTo("[\"old_indicator\"]");
		JsonNode revised = changes.path("changes").get(0);
		assertThat(names(revised)).containsExactly("region", "indicator", "kind", "period", "change", "oldValue",
				"oldQualifier", "newValue", "newQualifier", "oldSources", "newSources", "relativeChange", "unit",
				"scope", "inputs", "old", "new", "relative");
		assertThat(revised.path("change").asString()).isEqualTo("revised");
		assertThat(revised.path("relativeChange").asDouble()).isEqualTo(0.125);
		assertThat(revised.path("old").asString()).isEqualTo("≈100\u00a0EFLOPS");
		assertThat(revised.path("new").asString()).isEqualTo("112.5\u00a0EFLOPS");
		assertThat(revised.path("relative").asString()).isEqualTo("+12.5%");
		JsonNode added = changes.path("changes").get(1);
		assertThat(added.path("oldValue").isNull()).isTrue();
		assertThat(added.path("relativeChange").isNull()).isTrue();
		assertThat(added.path("old").asString()).isEmpty();
		assertThat(added.path("relative").asString()).isEmpty();
		assertThat(added.path("inputs").asString()).isEqualTo("BJ.models=30");
	}

	@Test
	void theFirstEditionHasNoEarlierDate() throws Exception {
		// given
		JobExecution execution = execution(8);
		given(this.files.changes(execution))
			.willReturn(Optional.of(EditionChanges.firstEdition(LocalDate.of(2026, 10, 1))));

		// when
		MockHttpServletResponse response = call(asAnalyst(get("/api/runs/8/changes")));

		// then
		assertThat(response.getContentAsString()).isEqualTo("{\"from\":null,\"to\":\"2026-10-01\","
				+ "\"firstEdition\":true,\"unchanged\":false,\"addedRegions\":[],\"removedRegions\":[],"
				+ "\"addedIndicators\":[],\"removedIndicators\":[],\"changes\":[]}");
	}

	private JobExecution execution(long id) {
		JobExecution execution = new JobExecution(id, new JobInstance(42, "briefs"), new JobParameters());
		given(this.history.execution(id)).willReturn(Optional.of(execution));
		return execution;
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
