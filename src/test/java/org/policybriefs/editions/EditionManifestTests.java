package org.policybriefs.editions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditionManifestTests {

	private static final String SHA = "a".repeat(64);

	@TempDir
	Path folder;

	@Test
	void writtenAndReadBackTheSame() throws Exception {
		EditionManifest manifest = new EditionManifest("2026-11-28", "f", List.of(
				new EditionManifest.BriefFile("comparative", "en", "comparative.en.pdf", 10, 4, SHA)),
				List.of(new EditionManifest.DataFile("indicators.csv", 5, SHA)), "2026-11-27", List.of());

		manifest.writeTo(this.folder);

		assertThat(EditionManifest.read(this.folder)).isEqualTo(manifest);
		assertThat(Files.readString(this.folder.resolve(EditionManifest.FILE))).contains("\"previousEdition\" : \"2026-11-27\"")
			.doesNotContain("xhtml")
			.containsSubsequence("\"asOf\"", "\"inputFingerprint\"", "\"briefs\"", "\"briefId\"", "\"locale\"", "\"file\"",
					"\"bytes\"", "\"pages\"", "\"sha256\"", "\"data\"", "\"previousEdition\"");
		assertThat(manifest.listed()).containsExactly("comparative.en.pdf", "indicators.csv", "manifest.json");
	}

	@Test
	void garbageIsRefusedWithTheFile() throws Exception {
		Files.writeString(this.folder.resolve("manifest.json"), "{\"asOf\": \"2026-11-28\", garbage");

		assertThatThrownBy(() -> EditionManifest.read(this.folder)).isInstanceOf(EditionRefusedException.class)
			.hasMessageContaining(this.folder.resolve("manifest.json") + ", line 1: not a manifest this tool wrote");
	}

	@Test
	void duplicateKeysAreRefused() throws Exception {
		Files.writeString(this.folder.resolve("manifest.json"), """
				{"asOf": "2026-11-28",
				 "asOf": "2026-11-29", "inputFingerprint": "f", "briefs": [], "data": []}""");

		assertThatThrownBy(() -> EditionManifest.read(this.folder)).isInstanceOf(EditionRefusedException.class)
			.hasMessageContaining("line 2").hasMessageContaining("asOf");
	}

	@Test
	void aPathOutOfTheFolderIsRefused() throws Exception {
		Files.writeString(this.folder.resolve("manifest.json"), """
				{"asOf": "2026-11-28", "inputFingerprint": "f", "briefs": [],
				 "data": [{"file": "../../etc/passwd", "bytes": 1, "sha256": "%s"}]}""".formatted(SHA));

		assertThatThrownBy(() -> EditionManifest.read(this.folder)).isInstanceOf(EditionRefusedException.class)
			.hasMessageContaining("not a plain name");
	}

	@Test
	void aMissingFieldIsRefused() throws Exception {
		Files.writeString(this.folder.resolve("manifest.json"), "{\"asOf\": \"2026-11-28\"}");

		assertThatThrownBy(() -> EditionManifest.read(this.folder)).isInstanceOf(EditionRefusedException.class)
			.hasMessageContaining("lacks one of");
	}

}
