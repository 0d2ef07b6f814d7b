package org.policybriefs.editions;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The published editions in an output folder: an edition is a run that published, an as-of
 * folder with its {@code manifest.json} (written last, so its presence means every file is in
 * place). Files survive a restart and are shared by every instance that writes to the folder, and
 * they outlive the database rows that retention deletes.
 */
public final class Editions {

	static final String MANIFEST = "manifest.json";

	static final String INDICATORS = "indicators.csv";

	private final Path output;

	public Editions(Path output) {
		this.output = output;
	}

	/** Every published as-of date, oldest first. */
	public List<LocalDate> published() {
		if (!Files.isDirectory(this.output)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(this.output)) {
			return folders.filter((folder) -> Files.isRegularFile(folder.resolve(MANIFEST)))
				.map((folder) -> date(folder.getFileName().toString()))
				.flatMap(Optional::stream)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean isPublished(LocalDate asOf) {
		return Files.isRegularFile(folder(asOf).resolve(MANIFEST));
	}

	/** The edition before this as-of date: the latest earlier date with a published manifest. */
	public Optional<LocalDate> previous(LocalDate asOf) {
		List<LocalDate> earlier = published().stream().filter((date) -> date.isBefore(asOf)).toList();
		return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
	}

	public Path folder(LocalDate asOf) {
		return this.output.resolve(asOf.toString());
	}

	/** The values of a published edition, from its {@code indicators.csv}; values that are missing are left out. */
	public List<EditionValue> values(LocalDate asOf) {
		Path file = folder(asOf).resolve(INDICATORS);
		List<EditionValue> values = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
			Map<String, Integer> header = parser.getHeaderMap();
			int region = header.get("region");
			int indicator = header.get("indicator");
			int period = header.get("period");
			int kind = header.get("kind");
			int value = header.get("value");
			int qualifier = header.get("qualifier");
			int unit = header.getOrDefault("unit", -1);
			int scope = header.getOrDefault("scope_en", -1);
			int sources = header.getOrDefault("sources", -1);
			int inputs = header.getOrDefault("inputs", -1);
			int preferred = header.getOrDefault("preferred", -1);
			for (CSVRecord row : parser) {
				String number = row.get(value);
				if (number.isEmpty() || "false".equals(cell(row, preferred))) {
					continue;
				}
				String sourceList = cell(row, sources);
				values.add(new EditionValue(row.get(region), row.get(indicator), row.get(period), row.get(kind),
						Double.parseDouble(number), row.get(qualifier), cell(row, unit), cell(row, scope),
						sourceList.isEmpty() ? List.of()
								: (sourceList.indexOf(';') < 0) ? List.of(sourceList) : Arrays.asList(sourceList.split(";")),
						cell(row, inputs)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return values;
	}

	/** The changes between two published editions. */
	public EditionChanges compare(LocalDate from, LocalDate to) {
		return EditionComparison.compare(from, values(from), to, values(to));
	}

	/** A cell as written, without the quote mark that keeps a spreadsheet from running it as a formula. */
	private static String cell(CSVRecord row, int column) {
		String text = (column >= 0 && column < row.size()) ? row.get(column) : "";
		if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

	private static Optional<LocalDate> date(String name) {
		try {
			return Optional.of(LocalDate.parse(name));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
