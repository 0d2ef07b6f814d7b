package org.policybriefs.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Logging in and what pages show, as an attacker tries them: password guessing is paused per
 * name and per address (the right password too, with a clear answer), names are exact, health
 * names its parts only to a logged-in user, the session cookie is SameSite, a text's direction
 * controls do not reach a page raw, and a run request names a known region and a real date.
 */
@ServeModeTest
class LoginAndPagesFunctionalTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void wrongPasswordsForOneNamePauseItEvenForTheRightPassword() throws Exception {
		String address = "198.51.100.1";
		for (int i = 0; i < LoginThrottle.PER_USER; i++) {
			assertThat(call(get("/api/runs"), ServeTestProperties.THROTTLED, "guess-" + i, address).getStatus())
				.isEqualTo(401);
		}

		MockHttpServletResponse right = call(get("/api/runs"), ServeTestProperties.THROTTLED,
				ServeTestProperties.THROTTLED_PASSWORD, "198.51.100.2");

		assertThat(right.getStatus()).isEqualTo(429);
		assertThat(right.getHeader("Retry-After")).matches("\\d+");
		assertThat(json.readTree(right.getContentAsString()).path("detail").asString())
			.startsWith("too many failed logins for this name or from this address; try again in");
		assertThat(call(get("/api/runs"), ServeTestProperties.ANALYST, ServeTestProperties.ANALYST_PASSWORD, address)
			.getStatus()).as("another name from the same address").isEqualTo(200);
	}

	@Test
	void wrongPasswordsFromOneAddressPauseItForEveryName() throws Exception {
		String address = "203.0.113.9";
		for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
			assertThat(call(get("/api/runs"), "guest-" + i, "guess", address).getStatus()).isEqualTo(401);
		}

		assertThat(call(get("/api/runs"), ServeTestProperties.ANALYST, ServeTestProperties.ANALYST_PASSWORD, address)
			.getStatus()).isEqualTo(429);
		assertThat(call(get("/api/runs"), ServeTestProperties.ANALYST, ServeTestProperties.ANALYST_PASSWORD,
				"203.0.113.10")
			.getStatus()).as("from another address").isEqualTo(200);
	}

	@Test
	void userNamesAreExact() throws Exception {
		assertThat(call(get("/api/runs"), ServeTestProperties.OPERATOR.toUpperCase(java.util.Locale.ROOT),
				ServeTestProperties.OPERATOR_PASSWORD, "198.51.100.3")
			.getStatus()).isEqualTo(401);
	}

	@Test
	void healthNamesItsPartsOnlyToALoggedInUser() throws Exception {
		String anonymous = this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
		String loggedIn = call(get("/actuator/health"), ServeTestProperties.ANALYST,
				ServeTestProperties.ANALYST_PASSWORD, "198.51.100.4")
			.getContentAsString();

		assertThat(json.readTree(anonymous).path("status").asString()).isEqualTo("UP");
		assertThat(anonymous).doesNotContain("components").doesNotContain("db");
		assertThat(loggedIn).contains("components").contains("db");
	}

	@Test
	void theSessionCookieIsSameSite() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void directionControlsInAValueDoNotReachAPageRaw() throws Exception {
		String response = this.mvc
			.perform(post("/generate").param("asOf", "2026-11-01\u202Egnp.exe")
				.with(csrf())
				.with(httpBasic(ServeTestProperties.OPERATOR, ServeTestProperties.OPERATOR_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(response).contains("2026-11-01[U+202E]gnp.exe").doesNotContain("\u202E");
	}

	@Test
	void aRunRequestNamesAKnownRegionAndARealDate() throws Exception {
		MockHttpServletResponse region = call(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"asOf\":\"2026-11-01\",\"briefs\":[\"region:XX\"],\"distribute\":false}"),
				ServeTestProperties.OPERATOR, ServeTestProperties.OPERATOR_PASSWORD, "198.51.100.5");
		MockHttpServletResponse farFuture = call(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"asOf\":\"+999999999-12-31\",\"distribute\":false}"), ServeTestProperties.OPERATOR,
				ServeTestProperties.OPERATOR_PASSWORD, "198.51.100.5");

		assertThat(region.getStatus()).isEqualTo(400);
		assertThat(json.readTree(region.getContentAsString()).path("detail").asString())
			.startsWith("unknown region 'XX' in region:XX; regions.csv has ");
		assertThat(farFuture.getStatus()).isEqualTo(400);
		assertThat(json.readTree(farFuture.getContentAsString()).path("detail").asString()).contains("YYYY-MM-DD");
		assertThat(ServeTestProperties.workspace.output().resolve("+999999999-12-31")).doesNotExist();
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user, String password,
			String address) throws Exception {
		return this.mvc.perform(request.with(httpBasic(user, password)).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		})).andReturn().getResponse();
	}

}
