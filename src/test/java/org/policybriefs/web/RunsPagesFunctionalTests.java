package org.policybriefs.web;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages on a real run: an operator starts it from the form, then the Runs, Run and Data
 * pages show what it did and link the files it published.
 */
@Tag("database")
@ServeModeTest
class RunsPagesFunctionalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RunHistory history;

	@Test
	void aRunStartedFromTheFormShowsOnTheRunAndDataPages() throws Exception {
		// when
		String location = this.mvc
			.perform(post("/generate").param("asOf", "2026-11-23")
				.param("briefs", "comparative")
				.param("locales", "en")
				.with(user("olga").roles("OPERATOR"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		// then
		assertThat(location).matches("/runs/\\d+");
		long id = Long.parseLong(location.substring("/runs/".length()));
		await().atMost(Duration.ofSeconds(60)).until(() -> !this.history.execution(id).orElseThrow().isRunning());

		String runs = page("/runs");
		assertThat(runs).contains("2026-11-23", "on demand", "Completed", "href=\"/runs/" + id + "\"");
		String run = page(location);
		assertThat(run).contains("Briefs as of 2026-11-23", "href=\"/runs/" + id + "/files/comparative.en.pdf\"",
				"observations.csv", "None: every row was loaded");
		String data = page("/data");
		assertThat(data).contains("Guizhou", "EFLOPS", "&gt;2.8");

		byte[] pdf = this.mvc.perform(get(location + "/files/comparative.en.pdf").with(user("ana").roles("ANALYST")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void aBadDateOnTheFormIsShownBesideTheForm() throws Exception {
		String page = this.mvc
			.perform(post("/generate").param("asOf", "tomorrow").with(user("olga").roles("OPERATOR")).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("asOf: must be a date written YYYY-MM-DD, not &#39;tomorrow&#39;");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user("ana").roles("ANALYST"))).andReturn().getResponse().getContentAsString();
	}

}
