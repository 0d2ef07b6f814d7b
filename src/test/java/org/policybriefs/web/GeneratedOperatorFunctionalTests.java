package org.policybriefs.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Serve mode with no configured users: one operator with a random password, printed once.
 */
@SpringBootTest(properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class GeneratedOperatorFunctionalTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePrintedPasswordLogsTheOperatorIn(CapturedOutput output) throws Exception {
		// the context started before this test: its output is in the captured start-up log
		Matcher printed = Pattern.compile("log in as 'operator' with password (\\S+)").matcher(output.getAll());
		if (!printed.find()) {
			// the capture began after start-up; the context cache shares the line with no one else
			throw new AssertionError("the generated password was not printed: " + output.getAll());
		}
		String password = printed.group(1);
		assertThat(printed.find()).as("printed once").isFalse();

		this.mvc.perform(get("/api/runs").with(httpBasic("operator", password))).andExpect(status().isOk());
		this.mvc.perform(get("/api/runs").with(httpBasic("operator", password + "x")))
			.andExpect(status().isUnauthorized());
	}

}
