package org.policybriefs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.policybriefs.jobs.BriefRunRequest;

/**
 * A test's own copy of the shipped input, an output folder, and small helpers to edit the
 * copy and read what a run produced. Every functional test works on one, never on input/.
 */
public final class BriefWorkspace {

	private final Path root;

	public BriefWorkspace(Path root) {
		this.root = root;
		copyShippedInput(input());
	}

	public Path input() {
		return this.root.resolve("input");
	}

	public Path output() {
		return this.root.resolve("output");
	}

	public Path published(String asOf) {
		return output().resolve(asOf);
	}

	/** A command-line run on this workspace's folders: no XHTML kept, any number of rejected rows, delivered. */
	public BriefRunRequest request(String asOf, List<String> briefs, List<String> locales) {
		return new BriefRunRequest(LocalDate.parse(asOf), input(), output(), briefs, locales, false, false,
				BriefRunRequest.NO_REJECT_LIMIT, true, BriefRunRequest.Trigger.COMMAND_LINE);
	}

	/** A new temporary folder, deleted when the JVM exits, for tests that need one before JUnit's @TempDir is set. */
	public static Path temporaryFolder(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary folder is harmless
		}
	}

	/** Copies the shipped input's data files, series.yml, evidence.yml and the commentary (not the archived pages). */
	public static void copyShippedInput(Path target) {
		Path input = Path.of("input");
		try (Stream<Path> files = Files.walk(input)) {
			Files.createDirectories(target);
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv") || f.toString().endsWith(".yml")
					|| f.toString().endsWith(".md")).filter((f) -> !f.startsWith(input.resolve("archive"))).toList()) {
				Path copy = target.resolve(input.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String read(String inputFile) {
		try {
			return Files.readString(input().resolve(inputFile), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void write(String inputFile, String content) {
		try {
			Files.writeString(input().resolve(inputFile), content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces text in an input file (such as {@code regions.csv} or a file below a folder of the
	 * input), as an author's editor saves it; fails when the file does not hold the text.
	 */
	public void replace(String inputFile, String text, String replacement) {
		replaceIn(input().resolve(inputFile), text, replacement);
	}

	/** Replaces the first occurrence of a text in a file; fails when the file does not hold it. */
	public static void replaceIn(Path file, String text, String replacement) {
		try {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			int at = content.indexOf(text);
			if (at < 0) {
				throw new IllegalStateException(file + " does not hold \"" + text + "\"");
			}
			Files.writeString(file, content.substring(0, at) + replacement + content.substring(at + text.length()),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy of the shipped templates folder, for a test that edits templates. */
	public Path copyOfTemplates() {
		Path target = this.root.resolve("templates");
		Path shipped = Path.of("templates");
		try (Stream<Path> files = Files.walk(shipped)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(shipped.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void append(String inputFile, String... lines) {
		String content = read(inputFile);
		write(inputFile, content + (content.endsWith("\n") ? "" : "\n") + String.join("\n", lines) + "\n");
	}

	/**
	 * Appends a row given by column name, in the order of the file's own header, quoted as CSV;
	 * columns not given are left empty, so the row fits whatever columns the file has.
	 * @return the line the row starts on
	 */
	public long appendRow(String inputFile, java.util.Map<String, String> values) {
		String content = read(inputFile);
		List<String> header = List.of(content.lines().findFirst().orElseThrow().replace("\uFEFF", "").split(","));
		String row = String.join(",", header.stream()
			.map((column) -> values.getOrDefault(column, ""))
			.map((value) -> (value.isEmpty() || value.matches("[^\",\r\n]*")) ? value
					: "\"" + value.replace("\"", "\"\"") + "\"")
			.toList());
		String separator = content.endsWith("\n") ? "" : "\n";
		write(inputFile, content + separator + row + "\n");
		return (content + separator).lines().count() + 1;
	}

	/** How many rows (records after the header) the input file holds as it is now, read as CSV. */
	public int rows(String inputFile) {
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(read(inputFile).replace("\uFEFF", "")))) {
			return parser.getRecords().size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The line a row appended to the input file now would start on. */
	public long nextLine(String inputFile) {
		String content = read(inputFile);
		return content.lines().count() + 1;
	}

	public static String pdfText(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int pdfPages(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every file below a folder, relative names, sorted; the empty list when the folder is absent. */
	public static List<String> filesBelow(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map((f) -> folder.relativize(f).toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
