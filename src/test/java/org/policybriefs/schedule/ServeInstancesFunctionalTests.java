package org.policybriefs.schedule;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.JarProcesses;
import org.policybriefs.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several {@code serve} instances on one PostgreSQL database and one shared output folder, each a
 * process of the built jar on 127.0.0.1: a schedule that fires in all of them makes one run per
 * as-of date and one message per analyst, and a run whose instance is killed is finished by
 * another.
 */
@Tag("postgresql")
class ServeInstancesFunctionalTests {

	static final Duration START = Duration.ofMinutes(4);

	/** A short lease, so that a run whose instance died is taken over soon. */
	static final String LEASE = "--briefs.runs.lease=6s";

	@TempDir
	Path root;

	final JarProcesses processes = new JarProcesses();

	final TestDatabase database = TestDatabase.postgresql();

	@AfterEach
	void stopProcesses() {
		this.processes.close();
	}

	@Test
	void threeInstancesFiringEveryFiveSecondsForAMinuteMakeOneRunAndOneMessagePerAnalyst() {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.root);
		List<JarProcesses.Running> instances = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			instances.add(serve(workspace, "serve-" + i, "--briefs.schedule.cron=*/5 * * * * *",
					"--briefs.schedule.zone=UTC", "--briefs.schedule.catch-up=false"));
		}
		instances.forEach((instance) -> instance.awaitLine((line) -> line.startsWith("serving the briefs on"), START));

		// when: a minute of fires in all three
		sleep(Duration.ofMinutes(1));
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		await().atMost(Duration.ofMinutes(10)).until(() -> completed(today) == 1);

		// then
		assertThat(executions(today)).as("one run for the day").isEqualTo(1);
		assertThat(instances.stream().filter((instance) -> !instance.linesMatching(
				(line) -> line.contains("another instance has this fire")).isEmpty()))
			.as("the others found each fire taken")
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(BriefWorkspace.filesBelow(workspace.published(today).resolve("outbox"))).containsExactly(
				"analyst.one@example.org.eml", "analyst.three@example.org.eml", "analyst.two@example.org.eml");
		assertThat(this.database.jdbc().queryForObject("SELECT COUNT(*) FROM delivery_log WHERE status = 'SENT'", Integer.class))
			.isEqualTo(3);
	}

	@Test
	void aRunWhoseInstanceIsKilledIsFinishedByAnotherWithoutRenderingOrSendingTwice() throws Exception {
		// given: two instances; the first starts a run
		BriefWorkspace workspace = new BriefWorkspace(this.root);
		JarProcesses.Running doomed = serve(workspace, "serve-1", "--briefs.schedule.enabled=false",
				"--briefs.render.threads=1", LEASE);
		JarProcesses.Running survivor = serve(workspace, "serve-2", "--briefs.schedule.enabled=false", LEASE);
		String address = doomed.awaitLine((line) -> line.startsWith("serving the briefs on"), START)
			.substring("serving the briefs on ".length());
		survivor.awaitLine((line) -> line.startsWith("serving the briefs on"), START);
		HttpResponse<String> started = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address + "api/runs"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("olga:secret".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"asOf":"2026-11-27","briefs":["all"],"locales":["en","zh-CN"],"distribute":true}"""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

		// when: it is killed after its second brief
		doomed.awaitLine((line) -> line.startsWith("render 2/8"), Duration.ofMinutes(10));
		doomed.kill();
		List<String> renderedBeforeDeath = doomed.linesMatching((line) -> line.startsWith("render "))
			.stream()
			.map((line) -> line.split(" ")[2])
			.toList();

		// then: the other instance takes the run over once its lease ran out, and finishes it
		survivor.awaitLine((line) -> line.contains("whose lease ran out; it is restarted where it stopped"),
				Duration.ofMinutes(2));
		await().atMost(Duration.ofMinutes(10)).until(() -> completed("2026-11-27") == 1);
		for (String brief : renderedBeforeDeath) {
			assertThat(survivor.linesMatching((line) -> line.startsWith("render ") && line.contains(" " + brief + " ")))
				.as(brief + " is not rendered again")
				.isEmpty();
		}
		Path published = workspace.published("2026-11-27");
		assertThat(BriefWorkspace.filesBelow(published).stream().filter((f) -> f.endsWith(".pdf"))).hasSize(8);
		assertThat(BriefWorkspace.filesBelow(published.resolve("outbox"))).containsExactly(
				"analyst.one@example.org.eml", "analyst.three@example.org.eml", "analyst.two@example.org.eml");
		assertThat(this.database.jdbc().queryForObject("SELECT COUNT(*) FROM delivery_log WHERE status = 'SENT'", Integer.class))
			.isEqualTo(3);
	}

	private JarProcesses.Running serve(BriefWorkspace workspace, String name, String... settings) {
		List<String> arguments = new ArrayList<>(List.of("serve", "--input=" + workspace.input(),
				"--output=" + workspace.output(), "--server.port=0",
				"--briefs.users[0].name=olga", "--briefs.users[0].password={noop}secret",
				"--briefs.users[0].roles=OPERATOR"));
		arguments.addAll(List.of(settings));
		arguments.addAll(this.database.arguments());
		return this.processes.start(name, arguments);
	}

	private int completed(String asOf) {
		return count(asOf, " AND e.status = 'COMPLETED'");
	}

	private int executions(String asOf) {
		return count(asOf, "");
	}

	private int count(String asOf, String condition) {
		Integer count = this.database.jdbc().queryForObject("""
				SELECT COUNT(*) FROM batch_job_execution e
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				WHERE i.job_name = 'briefs' AND p.parameter_name = 'asOf' AND p.parameter_value = ?""" + condition,
				Integer.class, asOf);
		return (count != null) ? count : 0;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
