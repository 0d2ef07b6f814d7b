package org.policybriefs.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.CommandLineSession;
import org.policybriefs.PublishedManifest;
import org.policybriefs.cli.BriefCommands;
import org.policybriefs.files.Sha256;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The as-of folder holds exactly what its manifest lists: a publication cut off half-way is
 * completed by the next run, a narrower run removes what the wider one left, a brief deleted or
 * changed by hand is made again rather than called up to date, and files are readable as the
 * umask allows.
 */
@SpringBootTest
class PublicationFunctionalTests {

	static final String AS_OF = "2026-11-27";

	@TempDir
	Path temp;

	@Autowired
	BriefCommands commands;

	BriefWorkspace workspace;

	CommandLineSession session;

	@BeforeEach
	void setUp() {
		this.workspace = new BriefWorkspace(this.temp);
		this.session = new CommandLineSession(this.commands, this.workspace);
	}

	@Test
	void aPublicationCutOffAfterItsFirstFilesIsCompletedByTheNextRun() throws IOException {
		// given: the third brief cannot be moved into place, after the first two were
		Path published = this.workspace.published(AS_OF);
		Path obstacle = Files.createDirectories(published.resolve("region-BJ.en.pdf").resolve("in-the-way"));
		int first = this.session.execute("run", "--as-of=" + AS_OF, "--no-distribute");
		assertThat(first).as(this.session.stderr()).isEqualTo(BriefCommands.FAILED);
		assertThat(published.resolve("comparative.en.pdf")).isRegularFile();
		assertThat(this.session.stderr()).contains("did not finish: run again to complete it")
			.doesNotContain("nothing was published");

		// when: the obstacle is gone and the run is started again
		Files.delete(obstacle);
		Files.delete(obstacle.getParent());
		this.session.clear();
		int second = this.session.execute("run", "--as-of=" + AS_OF, "--no-distribute");

		// then
		assertThat(second).as(this.session.stderr()).isZero();
		assertThat(PublishedManifest.listed(published)).hasSize(13)
			.containsExactlyInAnyOrderElementsOf(PublishedManifest.filesIn(published));
		PublishedManifest.assertWhole(published);
	}

	@Test
	void aNarrowerRunRemovesTheBriefsTheWiderOneLeft() {
		assertThat(this.session.execute("run", "--as-of=" + AS_OF, "--no-distribute")).isZero();

		assertThat(this.session.execute("run", "--as-of=" + AS_OF, "--brief=comparative", "--locale=en",
				"--no-distribute")).isZero();

		Path published = this.workspace.published(AS_OF);
		assertThat(PublishedManifest.filesIn(published)).containsExactlyInAnyOrder("comparative.en.pdf", "indicators.csv",
				"rejects.csv", "checks.csv", "passages.csv", "manifest.json");
		assertThat(PublishedManifest.listed(published))
			.containsExactlyInAnyOrderElementsOf(PublishedManifest.filesIn(published));
	}

	@Test
	void aBriefDeletedOrChangedByHandIsMadeAgainNotCalledUpToDate() throws IOException {
		// given
		assertThat(this.session.execute("run", "--as-of=" + AS_OF, "--locale=en", "--no-distribute")).isZero();
		Path published = this.workspace.published(AS_OF);
		Files.delete(published.resolve("region-GZ.en.pdf"));
		Files.write(published.resolve("region-SH.en.pdf"), new byte[] { '%', 'P', 'D', 'F' });
		String comparative = Sha256.of(published.resolve("comparative.en.pdf"));
		this.session.clear();

		// when
		int code = this.session.execute("run", "--as-of=" + AS_OF, "--locale=en", "--no-distribute");

		// then: the two are made again, the others kept as they were
		assertThat(code).as(this.session.stderr()).isZero();
		assertThat(this.session.stdout()).doesNotContain("up to date");
		assertThat(PublishedManifest.listed(published))
			.containsExactlyInAnyOrderElementsOf(PublishedManifest.filesIn(published));
		PublishedManifest.assertWhole(published);
		assertThat(Sha256.of(published.resolve("comparative.en.pdf"))).isEqualTo(comparative);

		// and then the folder is up to date again
		this.session.clear();
		assertThat(this.session.execute("run", "--as-of=" + AS_OF, "--locale=en", "--no-distribute")).isZero();
		assertThat(this.session.stdout()).startsWith("up to date");
	}

	@Test
	void publishedFilesAreReadableAsTheUmaskAllows() throws IOException {
		assertThat(this.session.execute("run", "--as-of=" + AS_OF, "--brief=comparative", "--locale=en")).isZero();

		Path published = this.workspace.published(AS_OF);
		// a new file of this JVM shows its umask (the usual 022 gives rw-r--r--)
		Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(Files.createFile(this.temp.resolve("probe")));
		for (String file : List.of("comparative.en.pdf", "manifest.json", "indicators.csv",
				"outbox/analyst.one@example.org.eml")) {
			assertThat(Files.getPosixFilePermissions(published.resolve(file))).as(file).isEqualTo(umasked);
		}
	}

}
