package org.policybriefs.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The run page in the web slice, with the real security rules and the pages' templates, showing
 * what a run's edition changed as the mocked history and published files make it up.
 */
class RunsPageControllerTests extends WebSliceTest {

	@Test
	void theRunPageShowsWhatItsEditionChanged() throws Exception {
		// given
		JobExecution execution = new JobExecution(6, new JobInstance(42, "briefs"), new JobParameters());
		given(this.history.execution(6)).willReturn(Optional.of(execution));
		given(this.history.summary(execution)).willReturn(completed(6, 42, "2026-10-02"));
		given(this.files.changes(execution)).willReturn(Optional.of(new EditionChanges(LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 2),
				List.of(new Change("GZ", "compute_capacity", "observed", "2025", Change.Type.REVISED, 100.0, "~",
						112.5, "", List.of("S1"), List.of("S2"), "EFLOPS", "", "")),
				List.of("SH"), List.of(), List.of(), List.of())));

		// when
		MockHttpServletResponse response = call(asAnalyst(get("/runs/6")));

		// then
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains("<h2>Changes since 2026-10-01</h2>");
		assertThat(page).contains("<p>Regions added: SH</p>");
		assertThat(page)
			.contains("<tr><td>GZ</td><td>compute_capacity</td><td>2025</td><td>observed</td><td>revised</td>");
		assertThat(page).contains("<td class=\"num\">≈100\u00a0EFLOPS</td><td class=\"num\">112.5\u00a0EFLOPS</td>"
				+ "<td class=\"num\">+12.5%</td>");
		assertThat(page).contains("<td>S1 → S2</td>");
		assertThat(page).contains("<a href=\"/data?from=2026-10-01&amp;to=2026-10-02\">Compare other editions</a>");
	}

	@Test
	void theFirstEditionHasNothingToCompareWith() throws Exception {
		// given
		JobExecution execution = new JobExecution(7, new JobInstance(43, "briefs"), new JobParameters());
		given(this.history.execution(7)).willReturn(Optional.of(execution));
		given(this.history.summary(execution)).willReturn(completed(7, 43, "2026-10-01"));
		given(this.files.changes(execution))
			.willReturn(Optional.of(EditionChanges.firstEdition(LocalDate.of(2026, 10, 1))));

		// when
		MockHttpServletResponse response = call(asAnalyst(get("/runs/7")));

		// then
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains("<h2>Changes</h2>");
		assertThat(page).contains("The first edition in this output folder: nothing to compare with.");
		assertThat(page).doesNotContain("Compare other editions");
	}

}
