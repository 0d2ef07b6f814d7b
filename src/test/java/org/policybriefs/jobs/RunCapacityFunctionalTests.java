package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.JarProcesses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} of the built jar configured to run more runs at once than its connection pool
 * holds: it does not start, and says which two settings disagree and what would fit, instead of
 * taking requests whose runs then fail half-way waiting for a connection (four runs at once, each
 * needing 3 connections, on a pool of 5 did, with "Connection is not available").
 */
class RunCapacityFunctionalTests {

	@TempDir
	Path root;

	final JarProcesses processes = new JarProcesses();

	@AfterEach
	void stopProcesses() {
		this.processes.close();
	}

	@Test
	void serveWithMoreRunsAtOnceThanItsPoolHoldsDoesNotStartAndNamesBothSettings() {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.root);

		// when
		JarProcesses.Running serve = this.processes.start("serve", List.of("serve", "--input=" + workspace.input(),
				"--output=" + workspace.output(), "--server.port=0", "--briefs.schedule.enabled=false",
				"--briefs.users[0].name=olga", "--briefs.users[0].password={noop}secret",
				"--briefs.users[0].roles=OPERATOR", "--spring.datasource.hikari.maximum-pool-size=5",
				"--briefs.render.threads=2", "--briefs.runs.concurrent=4"));

		// then
		assertThat(serve.awaitExit(Duration.ofMinutes(3))).as(serve.output()).isNotZero();
		assertThat(serve.output()).contains("error: briefs.runs.concurrent=4 needs a connection pool of 14")
			.contains("spring.datasource.hikari.maximum-pool-size is 5: raise it to 14")
			.contains("set briefs.runs.concurrent to 1 or less")
			.doesNotContain("serving the briefs on");
	}

}
