package org.policybriefs.web;


import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every rule of serve mode's security, with the configured accounts: who may see, download and
 * start what, by form login for pages and HTTP Basic for the API.
 */
@ServeModeTest
class SecurityRulesFunctionalTests {

	@Autowired
	MockMvc mvc;

	@Nested
	class Anonymous {

		@Test
		void pagesRedirectToTheLoginPage() throws Exception {
			for (String page : new String[] { "/runs", "/data", "/generate", "/runs/1" }) {
				mvc.perform(get(page).accept(MediaType.TEXT_HTML))
					.andExpect(status().isFound())
					.andExpect(redirectedUrl("/login"));
			}
		}

		@Test
		void theLoginPageAndHealthAreOpen() throws Exception {
			mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Log in")));
			mvc.perform(get("/actuator/health")).andExpect(status().isOk());
			mvc.perform(get("/css/app.css")).andExpect(status().isOk());
		}

		@Test
		void theUnsubscribeLinkIsOpenButWithoutAValidTokenDoesNothing() throws Exception {
			// no login and no CSRF token, as a mail client posts it; here no one-click is configured
			mvc.perform(post("/unsubscribe").param("token", "Ym9AZXhhbXBsZS5vcmc.forged")
				.param("List-Unsubscribe", "One-Click"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("not valid")));
			mvc.perform(get("/unsubscribe")).andExpect(status().isBadRequest());
		}

		@Test
		void metricsNeedALogin() throws Exception {
			mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
			mvc.perform(get("/actuator/metrics").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		}

		@Test
		void theApiAnswers401AsAProblemDetail() throws Exception {
			mvc.perform(get("/api/runs"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
				.andExpect(content().contentType("application/problem+json"));
		}

		@Test
		void aWrongPasswordIsRefused() throws Exception {
			mvc.perform(get("/api/runs").with(httpBasic(ServeTestProperties.ANALYST, "wrong")))
				.andExpect(status().isUnauthorized());
		}

	}

	@Nested
	class FormLogin {

		@Test
		void theRightPasswordLogsIn() throws Exception {
			mvc.perform(formLogin("/login").user(ServeTestProperties.OPERATOR)
				.password(ServeTestProperties.OPERATOR_PASSWORD)).andExpect(redirectedUrl("/runs"));
		}

		@Test
		void aWrongPasswordGoesBackToTheLoginPage() throws Exception {
			mvc.perform(formLogin("/login").user(ServeTestProperties.ANALYST).password("wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}

		@Test
		void loginWithoutTheCsrfTokenIsRefused() throws Exception {
			mvc.perform(post("/login").param("username", ServeTestProperties.ANALYST)
				.param("password", ServeTestProperties.ANALYST_PASSWORD)).andExpect(status().isForbidden());
		}

		@Test
		void logoutEndsTheSession() throws Exception {
			mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
		}

	}

	@Nested
	class Analyst {

		@Test
		void readsThePages() throws Exception {
			mvc.perform(get("/runs").with(user("ana").roles("ANALYST"))).andExpect(status().isOk());
			mvc.perform(get("/data").with(user("ana").roles("ANALYST"))).andExpect(status().isOk());
		}

		@Test
		void seesNoGenerateButton() throws Exception {
			mvc.perform(get("/runs").with(user("ana").roles("ANALYST")))
				.andExpect(content().string(not(containsString("Generate now"))));
		}

		@Test
		void getsForbiddenOnTheGeneratePage() throws Exception {
			mvc.perform(get("/generate").with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
			mvc.perform(post("/generate").param("asOf", "2026-11-27").with(user("ana").roles("ANALYST")).with(csrf()))
				.andExpect(status().isForbidden());
		}

		@Test
		void readsTheApi() throws Exception {
			mvc.perform(get("/api/runs")
				.with(httpBasic(ServeTestProperties.ANALYST, ServeTestProperties.ANALYST_PASSWORD)))
				.andExpect(status().isOk());
		}

		@Test
		void getsForbiddenOnTriggeringARunThroughTheApi() throws Exception {
			mvc.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\":\"2026-11-27\"}")
				.with(httpBasic(ServeTestProperties.ANALYST, ServeTestProperties.ANALYST_PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType("application/problem+json"));
		}

	}

	@Nested
	class Operator {

		@Test
		void seesTheGenerateButtonAndPage() throws Exception {
			mvc.perform(get("/runs").with(user("olga").roles("OPERATOR")))
				.andExpect(content().string(containsString("Generate now")));
			mvc.perform(get("/generate").with(user("olga").roles("OPERATOR"))).andExpect(status().isOk());
		}

		@Test
		void cannotPostTheFormWithoutTheCsrfToken() throws Exception {
			mvc.perform(post("/generate").param("asOf", "2026-11-27").with(user("olga").roles("OPERATOR")))
				.andExpect(status().isForbidden());
		}

		@Test
		void passesTheApiRoleCheck() throws Exception {
			// a request the operator may make; its bad date shows it reached the controller
			mvc.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\":\"not a date\"}")
				.with(httpBasic(ServeTestProperties.OPERATOR, ServeTestProperties.OPERATOR_PASSWORD)))
				.andExpect(status().isBadRequest());
		}

		@Test
		void readsMetrics() throws Exception {
			mvc.perform(get("/actuator/metrics")
				.with(httpBasic(ServeTestProperties.OPERATOR, ServeTestProperties.OPERATOR_PASSWORD)))
				.andExpect(status().isOk());
		}

	}

}
