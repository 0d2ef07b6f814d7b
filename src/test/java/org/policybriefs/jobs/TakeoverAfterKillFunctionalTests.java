package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed with SIGKILL on one machine, with its job database under the output folder (the
 * default): run again at once, long before the killed run's lease would run out, it takes the
 * killed run over, because holding the output folder's lock proves that no process runs into it.
 */
@Tag("database")
class TakeoverAfterKillFunctionalTests {

	/** Far longer than the test waits: only the folder's lock can tell that the owner is gone. */
	static final Duration LEASE = Duration.ofMinutes(10);

	@TempDir
	Path root;

	@Test
	void aRunAgainRightAfterAKillTakesTheDeadRunOverAtOnce() {
		// given: a run killed while it renders
		BriefWorkspace workspace = new BriefWorkspace(this.root);
		BriefProcess first = start(workspace);
		first.awaitLine((line) -> line.contains("] indicators"));
		assertThat(first.isAlive()).as(first.output()).isTrue();
		first.kill();

		// when: the same run, right away
		long began = System.nanoTime();
		BriefProcess second = start(workspace);
		int exit = second.waitFor();

		// then: not "already in progress", but taken over and finished, within a small part of the lease
		assertThat(exit).as(second.output()).isZero();
		List<String> output = Stream.concat(second.stdout().stream(), second.stderr().stream()).toList();
		assertThat(output).noneMatch((line) -> line.contains("already in progress"));
		assertThat(output).anyMatch((line) -> line.contains("was left unfinished by")
				&& line.contains("no longer holds the output folder's lock"));
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(LEASE.dividedBy(2));
		assertThat(BriefWorkspace.filesBelow(workspace.published("2026-11-27"))).contains("comparative.en.pdf");
	}

	private BriefProcess start(BriefWorkspace workspace) {
		return BriefProcess.start(this.root, "run", "--as-of=2026-11-27", "--brief=comparative", "--locale=en",
				"--input=" + workspace.input(), "--output=" + workspace.output(),
				"--briefs.runs.lease=" + LEASE.toSeconds() + "s",
				// what a run without a configured database uses (the test configuration would give each JVM its own)
				"--spring.datasource.url=" + JobDatabaseLocation.url(workspace.output()));
	}

}
