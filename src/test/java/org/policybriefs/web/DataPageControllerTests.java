package org.policybriefs.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.MissingReason;
import org.policybriefs.indicators.Scope;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.Region;
import org.policybriefs.ingest.Source;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Data page in the web slice, with the real security rules and the pages' templates, on the
 * indicators of a run that the mocked history and data make up.
 */
class DataPageControllerTests extends WebSliceTest {

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
		// when
		MockHttpServletResponse response = call(get("/data").accept(MediaType.TEXT_HTML));

		// then
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login");
		then(this.history).shouldHaveNoInteractions();
	}

	@Test
	void withoutACompletedRunThePageSaysSo() throws Exception {
		// given
		given(this.history.latestCompleted()).willReturn(Optional.empty());

		// when
		MockHttpServletResponse response = call(asAnalyst(get("/data")));

		// then
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("No completed run yet.").doesNotContain("class=\"region\"");
	}

	@Test
	void theDataPageListsEachRegionWithItsIndicators() throws Exception {
		// given
		JobExecution latest = new JobExecution(5, new JobInstance(42, "briefs"), new JobParameters());
		given(this.history.latestCompleted()).willReturn(Optional.of(latest));
		given(this.history.summary(latest)).willReturn(completed(5, 42, "2026-11-27"));
		given(this.ingested.regions(42)).willReturn(List.of(
				new Region("GZ", "Guizhou", "贵州", "数据中心", "Data centre hub", "", Map.of(), 2),
				new Region("BJ", "Beijing", "北京", "模型", "Model capital", "", Map.of(), 3)));
		given(this.ingested.indicators(42)).willReturn(List.of(new IndicatorDefinition("compute_capacity",
				"Compute capacity", "算力", "EFLOPS", "infrastructure", "observed", null, 1, "higher", null, null,
				null, Map.of(), 2)));
		given(this.ingested.sources(42)).willReturn(
				List.of(new Source("S1", "Guizhou yearbook", "Guizhou statistics", "2026-01-05", null, "official",
						Map.of(), 2)));
		given(this.values.findAll(42)).willReturn(List.of(
				new IndicatorValue("GZ", "compute_capacity", "2025", 112.54, "~", "observed", null, null,
						List.of("S1"), null, null, Scope.of("Gui'an district", "贵安新区"), null, false, null),
				new IndicatorValue("BJ", "models_per_capita", "2025", null, null, "derived", "a/b", "BJ.models",
						List.of(), null, null, null, null, false,
						new MissingReason(MissingReason.Kind.NO_DATA, "BJ.models", "2025"))));

		// when
		MockHttpServletResponse response = call(asAnalyst(get("/data")));

		// then
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains("<a href=\"/runs/5\">#5</a>, as of 2026-11-27.");
		assertThat(page).contains("<h2>Guizhou <span class=\"muted\">GZ · Data centre hub</span></h2>");
		assertThat(page).contains("<h2>Beijing <span class=\"muted\">BJ · Model capital</span></h2>");
		assertThat(page).contains("<tr><td>Compute capacity</td><td>2025</td><td class=\"num\">≈112.5</td>"
				+ "<td>EFLOPS</td><td>Gui&#39;an district</td><td>observed</td>");
		assertThat(page).contains("<a href=\"#source-S1\">S1</a>");
		// a value missing, under its code (no catalog entry), with why
		assertThat(page).contains("<tr><td>models_per_capita</td><td>2025</td><td class=\"num\">n/a</td><td></td>"
				+ "<td>whole region</td><td>derived</td>");
		assertThat(page).contains("<span class=\"muted\">no data for BJ.models, 2025</span>");
		assertThat(page).contains("<tr id=\"source-S1\"><td>S1</td><td>Guizhou yearbook</td>");
		assertThat(page.indexOf("Guizhou <span")).isLessThan(page.indexOf("Beijing <span"));
	}

}
