package org.policybriefs.web;

import java.nio.file.Path;

import org.policybriefs.BriefWorkspace;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Serve mode for a test: a web application on its own H2 file database and its own copy of the
 * input, with one analyst and one operator.
 */
final class ServeTestProperties {

	static final String ANALYST = "ana";

	static final String ANALYST_PASSWORD = "analyst-secret";

	static final String OPERATOR = "olga";

	static final String OPERATOR_PASSWORD = "operator-secret";

	private ServeTestProperties() {
	}

	static BriefWorkspace register(DynamicPropertyRegistry registry, Path root) {
		BriefWorkspace workspace = new BriefWorkspace(root);
		registry.add("briefs.serve.input", () -> workspace.input().toString());
		registry.add("briefs.serve.output", () -> workspace.output().toString());
		registry.add("briefs.users[0].name", () -> ANALYST);
		registry.add("briefs.users[0].password", () -> "{noop}" + ANALYST_PASSWORD);
		registry.add("briefs.users[0].roles", () -> "ANALYST");
		registry.add("briefs.users[1].name", () -> OPERATOR);
		// a bcrypt hash of operator-secret: configured passwords are hashes in production
		registry.add("briefs.users[1].password",
				() -> "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
					.encode(OPERATOR_PASSWORD));
		registry.add("briefs.users[1].roles", () -> "OPERATOR");
		return workspace;
	}

}
