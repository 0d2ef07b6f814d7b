package org.policybriefs.editions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.policybriefs.files.AtomicFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An edition's {@code manifest.json}: what a run published into its as-of folder, each file with
 * its size and sha256. The publish step writes it last, so its presence means every file it lists
 * is in place; everything that reads an edition back reads it here, as untrusted input.
 *
 * @param asOf the as-of date of the edition
 * @param inputFingerprint the fingerprint of the input the edition was made from
 * @param briefs the PDFs
 * @param data {@code indicators.csv}, {@code rejects.csv} and, after a first edition, {@code changes.csv}
 * @param previousEdition the as-of date of the edition it was compared with, or null for a first edition
 * @param xhtml the XHTML, CSS and chart files kept with {@code --keep-xhtml}, or null
 */
@JsonPropertyOrder({ "asOf", "inputFingerprint", "briefs", "data", "previousEdition", "xhtml" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditionManifest(String asOf, String inputFingerprint, List<BriefFile> briefs, List<DataFile> data,
		String previousEdition, List<DataFile> xhtml) {

	/** The file name, spelled here only. */
	public static final String FILE = "manifest.json";

	/** A manifest far larger than thousands of briefs need is not one this tool wrote. */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}(/[A-Za-z0-9][A-Za-z0-9._-]{0,199}){0,3}");

	private static final JsonMapper json = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	public EditionManifest {
		briefs = (briefs != null) ? List.copyOf(briefs) : null;
		data = (data != null) ? List.copyOf(data) : null;
		xhtml = (xhtml == null || xhtml.isEmpty()) ? null : List.copyOf(xhtml);
	}

	/** A PDF of the edition. */
	@JsonPropertyOrder({ "briefId", "locale", "file", "bytes", "pages", "sha256" })
	public record BriefFile(String briefId, String locale, String file, long bytes, int pages, String sha256) {
	}

	/** Any other file of the edition. */
	@JsonPropertyOrder({ "file", "bytes", "sha256" })
	public record DataFile(String file, long bytes, String sha256) {
	}

	/** Every file the manifest lists, as name, size and sha256: briefs, data, kept XHTML. */
	public List<DataFile> files() {
		List<DataFile> files = new ArrayList<>();
		this.briefs.forEach((brief) -> files.add(new DataFile(brief.file(), brief.bytes(), brief.sha256())));
		files.addAll(this.data);
		if (this.xhtml != null) {
			files.addAll(this.xhtml);
		}
		return files;
	}

	/** Every file name the manifest lists, itself included. */
	public List<String> listed() {
		List<String> names = new ArrayList<>(files().stream().map(DataFile::file).toList());
		names.add(FILE);
		return names;
	}

	/** Writes the manifest into a folder, atomically. */
	public void writeTo(Path folder) {
		byte[] bytes = json.writeValueAsBytes(this);
		AtomicFiles.write(folder.resolve(FILE), (out) -> out.write(bytes));
	}

	/**
	 * Reads the manifest of an as-of folder, refusing what this tool would not have written: a
	 * link or anything but a regular file (checked before opening, so a FIFO never blocks), more
	 * than {@value #MAX_BYTES} bytes, JSON that is malformed, has duplicate or unknown keys, or
	 * lacks a field; file names that are paths out of the folder, sha256 that are not hex.
	 */
	public static EditionManifest read(Path folder) {
		Path file = folder.resolve(FILE);
		byte[] bytes = EditionFiles.readBounded(file, MAX_BYTES);
		EditionManifest manifest;
		try {
			manifest = json.readValue(bytes, EditionManifest.class);
		}
		catch (JacksonException ex) {
			long line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : -1;
			throw new EditionRefusedException(file, line, "not a manifest this tool wrote: " + ex.getOriginalMessage());
		}
		if (manifest == null) {
			throw new EditionRefusedException(file, -1, "is empty");
		}
		manifest.check(file);
		return manifest;
	}

	private void check(Path file) {
		require(file, this.asOf != null && this.inputFingerprint != null && this.briefs != null && this.data != null,
				"lacks one of asOf, inputFingerprint, briefs, data");
		for (BriefFile brief : this.briefs) {
			require(file, brief != null, "has an empty brief entry");
		}
		for (DataFile entry : files()) {
			require(file, entry != null && entry.file() != null && NAME.matcher(entry.file()).matches()
					&& !entry.file().contains(".."), "lists a file name that is not a plain name in the folder: "
							+ ((entry != null) ? entry.file() : null));
			require(file, entry.bytes() >= 0 && entry.sha256() != null && SHA256.matcher(entry.sha256()).matches(),
					"gives no size or sha256 for " + entry.file());
		}
	}

	private static void require(Path file, boolean condition, String problem) {
		if (!condition) {
			throw new EditionRefusedException(file, -1, problem);
		}
	}

	/** The entry of a data file, such as {@code indicators.csv}. */
	public Optional<DataFile> data(String name) {
		return this.data.stream().filter((entry) -> entry.file().equals(name)).findFirst();
	}

}
