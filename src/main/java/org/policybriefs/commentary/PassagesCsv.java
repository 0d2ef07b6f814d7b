package org.policybriefs.commentary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policybriefs.files.CsvWriter;

/**
 * An edition's {@code passages.csv}: every passage of commentary it printed, a row per figure,
 * with the value the passage was written against and the value the edition printed. The next
 * edition reads it back (verified against the manifest) to carry each unchanged passage's
 * written-against value forward; {@code rebind} reads it to bind passages to the values printed.
 */
public final class PassagesCsv {

	/** The file name, spelled here only. */
	public static final String FILE = "passages.csv";

	static final List<String> HEADER = List.of("file", "line", "passage_hash", "figure", "written_against", "value_now",
			"status");

	static final long MAX_BYTES = 16L * 1024 * 1024;

	private PassagesCsv() {
	}

	/**
	 * One row.
	 *
	 * @param now null when the figure has no value any more
	 * @param status {@code bound} (new or changed text, bound today), {@code carried} (from the previous
	 * edition), {@code rebound} (by {@code rebind}), or {@code stale}
	 */
	public record Row(String file, int line, String hash, String figure, BoundValue writtenAgainst, BoundValue now,
			String status) {

		PassageBinder.Key key() {
			return new PassageBinder.Key(this.file, this.hash, this.figure);
		}

	}

	static List<Row> rows(List<BoundPassage> passages) {
		List<Row> rows = new ArrayList<>();
		for (BoundPassage passage : passages) {
			for (FigureBinding binding : passage.figures()) {
				String status = binding.stale() ? "stale" : switch (binding.origin()) {
					case TODAY -> "bound";
					case EDITION -> "carried";
					case REBOUND -> "rebound";
				};
				rows.add(new Row(passage.file(), passage.passage().line(), passage.passage().hash(),
						binding.figure().label(), binding.writtenAgainst(), binding.now(), status));
			}
		}
		return rows;
	}

	public static void write(List<Row> rows, OutputStream out) {
		CsvWriter csv = CsvWriter.to(out, HEADER);
		for (Row row : rows) {
			csv.row(row.file(), Integer.toString(row.line()), row.hash(), row.figure(),
					(row.writtenAgainst() != null) ? row.writtenAgainst().text() : "",
					(row.now() != null) ? row.now().text() : "", row.status());
		}
		csv.flush();
	}

	/**
	 * Reads a file this tool wrote, as untrusted input.
	 *
	 * @throws CommentaryException naming the file and line of what is not as written here
	 */
	static List<Row> read(Path file) {
		String where = file.toString();
		byte[] bytes;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new CommentaryException(where, 0, "is larger than the " + MAX_BYTES + " bytes this tool writes");
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new CommentaryException(where, 0, "cannot be read: " + ex);
		}
		List<Row> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
				CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext() || !HEADER.equals(records.next().toList())) {
				throw new CommentaryException(where, 1, "the header is not " + String.join(",", HEADER));
			}
			while (records.hasNext()) {
				CSVRecord record = records.next();
				int line = (int) parser.getCurrentLineNumber();
				List<String> cells = record.toList().stream().map(CsvWriter::asWritten).toList();
				if (cells.size() != HEADER.size() || !cells.get(1).matches("[0-9]{1,9}")
						|| !cells.get(2).matches("[0-9a-f]{16}")) {
					throw new CommentaryException(where, line, "is not a row of " + String.join(",", HEADER));
				}
				rows.add(new Row(cells.get(0), Integer.parseInt(cells.get(1)), cells.get(2), cells.get(3),
						cells.get(4).isEmpty() ? null : BoundValue.parse(cells.get(4), where, line),
						cells.get(5).isEmpty() ? null : BoundValue.parse(cells.get(5), where, line), cells.get(6)));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof CommentaryException commentary) {
				throw commentary;
			}
			throw new CommentaryException(where, 0, "cannot be read as CSV: " + ex.getMessage());
		}
		return rows;
	}

}
