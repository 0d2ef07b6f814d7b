package org.policybriefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.policybriefs.files.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An as-of folder's {@code manifest.json} read back by a test: the files it lists, and the check
 * that each is there whole, with the sha256 the manifest gives (a PDF also opening with its pages).
 */
public final class PublishedManifest {

	private PublishedManifest() {
	}

	/** Every file the manifest lists, itself included. */
	public static List<String> listed(Path published) {
		JsonNode manifest = read(published);
		List<String> files = new ArrayList<>();
		for (String section : List.of("briefs", "data", "xhtml")) {
			manifest.path(section).forEach((entry) -> files.add(entry.path("file").asString()));
		}
		files.add("manifest.json");
		return files;
	}

	/** The files of an as-of folder, its outbox aside: what the manifest must list. */
	public static List<String> filesIn(Path published) {
		return BriefWorkspace.filesBelow(published).stream().filter((file) -> !file.startsWith("outbox/")).toList();
	}

	/** Asserts that every brief and data file the manifest lists is whole and as the manifest says. */
	public static void assertWhole(Path published) {
		JsonNode manifest = read(published);
		for (String section : List.of("briefs", "data")) {
			manifest.path(section).forEach((entry) -> {
				Path file = published.resolve(entry.path("file").asString());
				assertThat(Sha256.of(file)).as(file.toString()).isEqualTo(entry.path("sha256").asString());
				if (file.toString().endsWith(".pdf")) {
					assertThat(BriefWorkspace.pdfPages(file)).as(file.toString()).isGreaterThanOrEqualTo(4);
				}
			});
		}
	}

	private static JsonNode read(Path published) {
		return JsonMapper.builder().build().readTree(published.resolve("manifest.json").toFile());
	}

}
