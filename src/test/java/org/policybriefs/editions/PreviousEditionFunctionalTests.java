package org.policybriefs.editions;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.files.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A previous edition is untrusted input, attacked on disk between two real processes: each
 * attack is refused by name (file, and line where there is one), with a non-zero exit, quickly and
 * in a small heap; a run that meets one publishes nothing and says how to go on, and either way
 * out ({@code --since}, {@code --new-series}) then publishes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviousEditionFunctionalTests {

	private static final String FIRST = "2026-11-26";

	private static final String SECOND = "2026-11-27";

	private static final String THIRD = "2026-11-28";

	private static final Duration BOUND = Duration.ofSeconds(90);

	final Path root = BriefWorkspace.temporaryFolder("previous-edition");

	BriefWorkspace workspace;

	Path pristine;

	Path indicators;

	@BeforeAll
	void twoEditions() {
		this.workspace = new BriefWorkspace(this.root);
		assertThat(run(FIRST).waitFor()).isZero();
		assertThat(run(SECOND).waitFor()).isZero();
		this.pristine = this.root.resolve("pristine");
		copy(this.workspace.published(SECOND), this.pristine);
		this.indicators = this.workspace.published(SECOND).resolve(IndicatorsCsv.FILE);
	}

	@BeforeEach
	void restoreTheSecondEdition() {
		delete(this.workspace.published(SECOND));
		copy(this.pristine, this.workspace.published(SECOND));
	}

	private BriefProcess run(String asOf, String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--as-of=" + asOf, "--brief=comparative", "--locale=en",
				"--no-distribute", "--input=" + this.workspace.input(), "--output=" + this.workspace.output()));
		args.addAll(List.of(more));
		return BriefProcess.start(this.root, List.of("-Xmx256m"), args.toArray(String[]::new));
	}

	/** {@code changes} between the two editions, in a 64 MB heap; its exit code within the bound. */
	private Refusal changes() {
		long start = System.nanoTime();
		BriefProcess changes = BriefProcess.start(this.root, List.of("-Xmx64m"), "changes", "--from=" + FIRST,
				"--to=" + SECOND, "--output=" + this.workspace.output());
		int exit = changes.waitFor();
		return new Refusal(exit, String.join("\n", changes.stderr()), Duration.ofNanos(System.nanoTime() - start),
				changes.output());
	}

	record Refusal(int exit, String stderr, Duration took, String output) {
	}

	private static void assertRefused(Refusal refusal, String... says) {
		assertThat(refusal.exit()).as(refusal.output()).isNotZero();
		assertThat(refusal.took()).isLessThan(BOUND);
		assertThat(refusal.stderr()).as(refusal.output()).contains(says).doesNotContain("Exception");
	}

	@Test
	@Order(1)
	void anEditedValueIsRefused() throws Exception {
		editOneValue();

		assertRefused(changes(), "error: " + this.indicators + ": is ", "but the manifest lists");
	}

	@Test
	@Order(2)
	void aTruncatedFileIsRefused() throws Exception {
		byte[] bytes = Files.readAllBytes(this.indicators);
		Files.write(this.indicators, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		assertRefused(changes(), "error: " + this.indicators + ": is ", "cut short");
	}

	@Test
	@Order(3)
	void duplicateKeysAreRefusedAtTheirLine() throws Exception {
		String text = Files.readString(this.indicators);
		long lines = text.lines().count();
		Files.writeString(this.indicators, text + text.lines().skip(1).findFirst().orElseThrow() + "\n");
		relist();

		assertRefused(changes(), "error: " + this.indicators + ", line " + (lines + 1) + ": ",
				"is here a second time (first on line 2)");
	}

	@Test
	@Order(4)
	void aGarbageManifestIsRefused() throws Exception {
		Path manifest = this.workspace.published(SECOND).resolve(EditionManifest.FILE);
		Files.writeString(manifest, "{\"asOf\": \"" + SECOND + "\", \"briefs\": [}}} garbage");

		assertRefused(changes(), "error: " + manifest + ", line 1: not a manifest this tool wrote");
	}

	@Test
	@Order(5)
	void threeMillionAppendedRowsAreRefusedInASmallHeap() throws Exception {
		try (BufferedWriter writer = Files.newBufferedWriter(this.indicators, StandardOpenOption.APPEND)) {
			for (int i = 0; i < 3_000_000; i++) {
				writer.write("R" + i + ",ai_companies,2024,1,=,firms,observed,,S1,,,,,calendar year,\n");
			}
		}

		assertRefused(changes(), "error: " + this.indicators + ": is ", "but the manifest lists");
	}

	@Test
	@Order(6)
	void aFifoInPlaceOfTheFileIsRefusedWithoutBlocking() throws Exception {
		Files.delete(this.indicators);
		assertThat(new ProcessBuilder("mkfifo", this.indicators.toString()).start().waitFor()).isZero();

		assertRefused(changes(), "error: " + this.indicators + ": is not a regular file");
	}

	/**
	 * A nightly run on a doctored previous edition stops, publishes nothing and says how to go on;
	 * the two ways on both publish.
	 */
	@Test
	@Order(7)
	void aRunStopsOnADoctoredPreviousEditionAndGoesOnWithSinceOrANewSeries() throws Exception {
		editOneValue();

		BriefProcess refused = run(THIRD);

		assertThat(refused.waitFor()).as(refused.output()).isEqualTo(1);
		assertThat(String.join("\n", refused.stderr())).contains(this.indicators + ": is ",
				"the edition of " + SECOND + " cannot be compared with and nothing was published",
				"run --as-of=" + THIRD + " --since=YYYY-MM-DD (earlier editions: " + FIRST + ")",
				"run --as-of=" + THIRD + " --new-series");
		assertThat(this.workspace.published(THIRD).resolve(EditionManifest.FILE)).doesNotExist();

		BriefProcess since = run(THIRD, "--since=" + FIRST);
		assertThat(since.waitFor()).as(since.output()).isZero();
		EditionManifest third = EditionManifest.read(this.workspace.published(THIRD));
		assertThat(third.previousEdition()).isEqualTo(FIRST);
		assertThat(third.data(ChangesCsv.FILE)).isPresent();

		Path fourthFolder = this.workspace.output().resolve("2026-11-29");
		BriefProcess newSeries = run("2026-11-29", "--new-series");
		assertThat(newSeries.waitFor()).as(newSeries.output()).isZero();
		EditionManifest fourth = EditionManifest.read(fourthFolder);
		assertThat(fourth.previousEdition()).isNull();
		assertThat(fourth.data(ChangesCsv.FILE)).isEmpty();
	}

	/** A FIFO where the run reads the previous edition ends the run at once, and so frees the output folder. */
	@Test
	@Order(8)
	void aRunMeetingAFifoEndsWithinTheBound() throws Exception {
		Files.delete(this.indicators);
		assertThat(new ProcessBuilder("mkfifo", this.indicators.toString()).start().waitFor()).isZero();
		long start = System.nanoTime();

		BriefProcess refused = run("2026-11-30", "--since=" + SECOND);

		assertThat(refused.waitFor()).as(refused.output()).isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
		assertThat(String.join("\n", refused.stderr())).contains(this.indicators + ": is not a regular file");
	}

	/** Changes the first value of indicators.csv to 2000, by hand as it were. */
	private void editOneValue() throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(this.indicators));
		for (int i = 1; i < lines.size(); i++) {
			String[] cells = lines.get(i).split(",", -1);
			if (cells.length > 4 && cells[3].matches("[0-9.]+") && !cells[3].equals("2000")) {
				cells[3] = "2000";
				lines.set(i, String.join(",", cells));
				Files.writeString(this.indicators, String.join("\n", lines) + "\n");
				return;
			}
		}
		throw new IllegalStateException("no value to edit in " + this.indicators);
	}

	/** Lists indicators.csv in the manifest as it is now, as someone covering an edit would. */
	private void relist() {
		Path folder = this.workspace.published(SECOND);
		EditionManifest manifest = EditionManifest.read(folder);
		List<EditionManifest.DataFile> data = new ArrayList<>();
		for (EditionManifest.DataFile entry : manifest.data()) {
			data.add(entry.file().equals(IndicatorsCsv.FILE) ? new EditionManifest.DataFile(entry.file(),
					size(this.indicators), Sha256.of(this.indicators)) : entry);
		}
		new EditionManifest(manifest.asOf(), manifest.inputFingerprint(), manifest.briefs(), data,
				manifest.previousEdition(), manifest.xhtml())
			.writeTo(folder);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
