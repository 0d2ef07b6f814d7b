package org.policybriefs.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.PublishedManifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill campaign: a run of every brief in both languages, delivered to the shipped analysts'
 * outbox, killed with SIGKILL at one moment (the start of each step, each brief rendered, each
 * file of publish, each message of delivery), then started again. Every time the date completes:
 * every PDF whole and as the manifest says, the as-of folder holding exactly what the manifest
 * lists, each analyst exactly one message, no temporary or staging file left.
 * <p>
 * The suite runs a few moments; {@code -Dkill.campaign=all} runs every one ({@code bench/kill-campaign.sh}),
 * and each outcome is appended to {@code target/kill-campaign.tsv}.
 */
class KillCampaignFunctionalTests {

	static final String AS_OF = "2026-11-27";

	static final List<String> ANALYSTS = List.of("analyst.one@example.org", "analyst.two@example.org",
			"analyst.three@example.org");

	static final List<String> PUBLISHED = List.of("comparative.en.pdf", "comparative.zh-CN.pdf", "region-BJ.en.pdf",
			"region-BJ.zh-CN.pdf", "region-GZ.en.pdf", "region-GZ.zh-CN.pdf", "region-SH.en.pdf",
			"region-SH.zh-CN.pdf", "indicators.csv", "rejects.csv", "checks.csv", "passages.csv", "manifest.json");

	static final Path REPORT = Path.of("target", "kill-campaign.tsv");

	/** A short lease, so that the second run may take over the killed one soon. */
	static final Duration LEASE = Duration.ofSeconds(3);

	@TempDir
	static Path root;

	/** A moment of a run: the log line a kill lands on, and which of its occurrences. */
	record Moment(String name, String pattern, int occurrence) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Moment> moments() {
		List<Moment> all = new ArrayList<>();
		List<String> steps = List.of("ingest-sources", "ingest-regions", "ingest-indicators", "ingest-observations",
				"ingest-texts", "evidence", "indicators", "commentary", "check-rejects", "check-analysts", "render", "publish",
				"distribute");
		for (int i = 0; i < steps.size(); i++) {
			all.add(new Moment("step " + steps.get(i), "^\\[" + (i + 1) + "/" + steps.size() + "\\] ", 1));
		}
		for (int i = 1; i <= 8; i++) {
			all.add(new Moment("rendered " + i + " of 8", "^render " + i + "/8 ", 1));
		}
		all.add(new Moment("publish: data files", "^publish: writing indicators.csv", 1));
		all.add(new Moment("publish: manifest written", "^publish: writing manifest.json", 1));
		for (String file : PUBLISHED) {
			all.add(new Moment("publish: move " + file, "^publish: moving " + file.replace(".", "\\.") + "$", 1));
		}
		all.add(new Moment("publish: all moved", "^publish: \\d+ files in ", 1));
		for (String analyst : ANALYSTS) {
			all.add(new Moment("deliver: sending to " + analyst, "^distribute: sending to " + analyst, 1));
			all.add(new Moment("deliver: sent to " + analyst, "^distribute: sent to " + analyst, 1));
		}
		all.add(new Moment("run ended", "^run \\d+ completed", 1));
		if ("all".equals(System.getProperty("kill.campaign"))) {
			return all.stream();
		}
		// the suite's share: a move half-way through publish, the manifest, a message half-way through delivery
		return all.stream()
			.filter((moment) -> List.of("publish: move region-BJ.zh-CN.pdf", "publish: move manifest.json",
					"deliver: sent to analyst.two@example.org").contains(moment.name()));
	}

	@BeforeAll
	static void report() throws IOException {
		Files.createDirectories(REPORT.getParent());
	}

	@AfterAll
	static void done() {
		// the figures of the campaign are in target/kill-campaign.tsv
	}

	@ParameterizedTest(name = "killed at {0}")
	@MethodSource("moments")
	void aRunKilledAtAnyMomentIsCompletedByTheNextRun(Moment moment) throws IOException, InterruptedException {
		// given: a run killed at the moment
		Path folder = Files.createDirectories(root.resolve(moment.name().replaceAll("[^A-Za-z0-9.-]", "_")));
		BriefWorkspace workspace = new BriefWorkspace(folder);
		String[] run = { "run", "--as-of=" + AS_OF, "--input=" + workspace.input(), "--output=" + workspace.output(),
				"--logging.level.org.policybriefs.publish=debug", "--logging.level.org.policybriefs.distribute=debug",
				"--briefs.runs.lease=" + LEASE.toSeconds() + "s" };
		BriefProcess killed = BriefProcess.start(folder,
				List.of("-Dkill.at=" + moment.pattern(), "-Dkill.count=" + moment.occurrence(),
						"-Dlogging.config=classpath:kill-at-log-line.xml"),
				run);
		int killedExit = killed.waitFor();
		assertThat(killed.stdout()).as("the kill landed: " + killed.output())
			.anyMatch((line) -> line.startsWith("KILLED AT: "));
		assertThat(killedExit).isEqualTo(137);

		// when: the same run is started again, once the killed run's lease has run out
		Thread.sleep(LEASE.toMillis() + 1000);
		BriefProcess again = BriefProcess.start(folder, run);
		int exit = again.waitFor();

		// then
		Path published = workspace.published(AS_OF);
		List<String> files = BriefWorkspace.filesBelow(published);
		List<String> pdfs = files.stream().filter((file) -> file.endsWith(".pdf")).toList();
		List<String> broken = pdfs.stream().filter((pdf) -> !qpdfFindsWhole(published.resolve(pdf))).toList();
		List<String> messages = files.stream().filter((file) -> file.startsWith("outbox/")).toList();
		boolean manifestIsFiles = Files.exists(published.resolve("manifest.json"))
				&& PublishedManifest.filesIn(published).stream().sorted().toList()
					.equals(PublishedManifest.listed(published).stream().sorted().toList());
		Files.writeString(REPORT, String.join("\t", moment.name(), Integer.toString(exit),
				Integer.toString(pdfs.size()), Integer.toString(pdfs.size() - broken.size()),
				manifestIsFiles ? "yes" : "no", Integer.toString(messages.size()),
				Long.toString(ANALYSTS.stream().filter((analyst) -> !messages.contains("outbox/" + analyst + ".eml")).count()))
				+ "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		assertThat(exit).as(again.output()).isZero();
		assertThat(broken).as("PDFs qpdf --check finds damaged").isEmpty();
		assertThat(files.stream().filter((file) -> !file.startsWith("outbox/")).toList())
			.as("the as-of folder holds what the manifest lists")
			.containsExactlyInAnyOrderElementsOf(PublishedManifest.listed(published));
		assertThat(PublishedManifest.listed(published)).containsExactlyInAnyOrderElementsOf(PUBLISHED);
		PublishedManifest.assertWhole(published);
		assertThat(files.stream().filter((file) -> file.startsWith("outbox/")).toList())
			.containsExactlyInAnyOrder("outbox/analyst.one@example.org.eml", "outbox/analyst.three@example.org.eml",
					"outbox/analyst.two@example.org.eml");
		for (String analyst : ANALYSTS) {
			assertThat(recipient(published.resolve("outbox").resolve(analyst + ".eml"))).isEqualTo(analyst);
		}
		assertThat(BriefWorkspace.filesBelow(workspace.output()))
			.as("no temporary file and no staging folder left")
			.noneMatch((file) -> file.endsWith(".part") || file.startsWith(".staging/"));
	}

	/**
	 * Whether {@code qpdf --check} finds the PDF whole (exit 0: no syntax or stream errors, no
	 * warnings), a check of its structure independent of PDFBox's; with no qpdf installed only
	 * PDFBox's reading remains (bench/kill-campaign.sh requires qpdf).
	 */
	private static boolean qpdfFindsWhole(Path pdf) {
		try {
			Process qpdf = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return qpdf.waitFor() == 0;
		}
		catch (IOException ex) {
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(Path eml) {
		try (InputStream in = Files.newInputStream(eml)) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
