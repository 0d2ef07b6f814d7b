package org.policybriefs.web;

import java.util.Map;

import org.policybriefs.BriefWorkspace;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Serve mode for the web tests ({@link ServeModeTest}): its own copy of the input and output
 * folder, one analyst and one operator. The database is the test configuration's fresh H2 file.
 */
final class ServeTestProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String ANALYST = "ana";

	static final String ANALYST_PASSWORD = "analyst-secret";

	static final String OPERATOR = "olga";

	static final String OPERATOR_PASSWORD = "operator-secret";

	/** An analyst whose name the login throttling test pauses, so that no other test logs in as them. */
	static final String THROTTLED = "tess";

	static final String THROTTLED_PASSWORD = "tess-secret";

	/** The folders of the one serve-mode context; each test uses as-of dates of its own. */
	static final BriefWorkspace workspace = new BriefWorkspace(BriefWorkspace.temporaryFolder("serve-mode"));

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("serve-test", Map.of("briefs.serve.input", workspace.input().toString(),
					"briefs.serve.output", workspace.output().toString(), "briefs.users[0].name", ANALYST,
					"briefs.users[0].password", "{noop}" + ANALYST_PASSWORD, "briefs.users[0].roles", "ANALYST",
					"briefs.users[1].name", OPERATOR,
					// a bcrypt hash: configured passwords are hashes in production
					"briefs.users[1].password", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(OPERATOR_PASSWORD),
					"briefs.users[1].roles", "OPERATOR", "briefs.users[2].name", THROTTLED,
					"briefs.users[2].password", "{noop}" + THROTTLED_PASSWORD)));
	}

}
