package org.policybriefs.commentary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.CsvWriter;

/**
 * {@code commentary/bindings.csv} in the input: what {@code rebind} recorded, a row per figure of a
 * passage the analyst re-read, {@code file,passage_hash,figure,value}. Part of the input, so it is
 * read as any input file is: a row that is not as written here is refused with its line.
 */
public final class BindingsCsv {

	public static final String FILE = "bindings.csv";

	static final List<String> HEADER = List.of("file", "passage_hash", "figure", "value");

	private BindingsCsv() {
	}

	static Map<PassageBinder.Key, BoundValue> read(Path file, String where) {
		if (!Files.isRegularFile(file)) {
			return new LinkedHashMap<>();
		}
		try {
			return read(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)), where);
		}
		catch (IOException ex) {
			throw new CommentaryException(where, 0, "cannot be read as UTF-8 CSV: " + ex.getMessage());
		}
	}

	/** The bindings of the file's text as the run read it; none when the input has no bindings.csv. */
	static Map<PassageBinder.Key, BoundValue> parse(String content, String where) {
		return (content != null) ? read(new java.io.StringReader(content), where) : new LinkedHashMap<>();
	}

	private static Map<PassageBinder.Key, BoundValue> read(Reader source, String where) {
		Map<PassageBinder.Key, BoundValue> bindings = new LinkedHashMap<>();
		try (Reader reader = source; CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext() || !HEADER.equals(records.next().toList())) {
				throw new CommentaryException(where, 1, "the header is not " + String.join(",", HEADER)
						+ "; let rebind write this file, or delete it");
			}
			while (records.hasNext()) {
				CSVRecord record = records.next();
				int line = (int) parser.getCurrentLineNumber();
				List<String> cells = record.toList().stream().map(CsvWriter::asWritten).toList();
				if (cells.size() != HEADER.size() || !cells.get(1).matches("[0-9a-f]{16}") || cells.get(0).isBlank()
						|| cells.get(2).isBlank()) {
					throw new CommentaryException(where, line, "is not a row of " + String.join(",", HEADER)
							+ " (passage_hash: 16 hex digits); let rebind write this file, or delete the row");
				}
				bindings.put(new PassageBinder.Key(cells.get(0), cells.get(1), cells.get(2)),
						BoundValue.parse(cells.get(3), where, line));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof CommentaryException commentary) {
				throw commentary;
			}
			throw new CommentaryException(where, 0, "cannot be read as UTF-8 CSV: " + ex.getMessage());
		}
		return bindings;
	}

	static void write(Path file, Map<PassageBinder.Key, BoundValue> bindings) {
		AtomicFiles.write(file, (out) -> {
			CsvWriter csv = CsvWriter.to(out, HEADER);
			bindings.forEach((key, value) -> csv.row(key.file(), key.hash(), key.figure(), value.text()));
			csv.flush();
		});
	}

}
