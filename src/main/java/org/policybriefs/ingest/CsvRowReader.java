package org.policybriefs.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the records of one UTF-8 CSV file with a header line, checking its structure:
 * the file exists, decodes as UTF-8, has the required columns and at least one data row,
 * and every quote is closed. Accepts a byte-order mark, CRLF line ends, blank lines and
 * columns in any order; extra columns are ignored with a note.
 */
public class CsvRowReader implements ItemStreamReader<CsvRow> {

	private static final Log logger = LogFactory.getLog(CsvRowReader.class);

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(false)
		.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
		.get();

	private final InputFileSpec spec;

	private final Path file;

	private LineTrackingReader lines;

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	private List<String> header;

	/** The parser's line count after the last record it returned: the next record starts after it. */
	private long lastLineRead;

	private long rowsRead;

	public CsvRowReader(InputFileSpec spec, Path inputDirectory) {
		this.spec = spec;
		this.file = inputDirectory.resolve(spec.fileName());
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		try {
			InputStream in = new BufferedInputStream(Files.newInputStream(this.file));
			skipByteOrderMark(in);
			this.lines = new LineTrackingReader(new InputStreamReader(in,
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)));
			this.parser = FORMAT.parse(this.lines);
		}
		catch (NoSuchFileException ex) {
			throw problem(0, "file not found (expected at " + this.file.toAbsolutePath()
					+ "); put the file there or point --input at the folder that holds it");
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			throw translate(ex, 1);
		}
		this.header = this.parser.getHeaderNames();
		checkHeader();
		this.records = this.parser.iterator();
		this.lastLineRead = this.parser.getCurrentLineNumber();
	}

	private void checkHeader() {
		if (this.header.isEmpty() || (this.header.size() == 1 && this.header.get(0).isBlank())) {
			throw problem(0, "the file is empty; it needs a header line with the columns "
					+ String.join(",", this.spec.requiredColumns()) + " and at least one data row");
		}
		List<String> missing = new ArrayList<>();
		for (String column : this.spec.requiredColumns()) {
			if (!this.header.contains(column)) {
				missing.add(column);
			}
		}
		if (!missing.isEmpty()) {
			throw problem(1, "missing required column" + ((missing.size() > 1) ? "s " : " ") + String.join(", ", missing)
					+ " (the header has: " + String.join(", ", this.header) + "); add "
					+ ((missing.size() > 1) ? "them" : "it") + " to the header line");
		}
		List<String> extra = this.header.stream().filter((column) -> !this.spec.isKnownColumn(column)).toList();
		if (!extra.isEmpty()) {
			logger.info(this.spec.fileName() + ": ignoring extra column(s) " + String.join(", ", extra));
		}
	}

	@Override
	public CsvRow read() {
		CSVRecord record;
		do {
			record = nextRecord();
			if (record == null) {
				// a data file without rows is a mistake; analysts.csv may list no one yet
				if (this.rowsRead == 0 && this.spec.table() != null) {
					throw problem(0, "the file has a header line but no data rows; at least one row is required");
				}
				return null;
			}
		}
		while (isBlank(record));
		this.rowsRead++;
		Map<String, String> values = new LinkedHashMap<>((int) (this.header.size() / 0.75f) + 2);
		for (int i = 0; i < this.header.size() && i < record.size(); i++) {
			values.put(this.header.get(i), record.get(i));
		}
		if (record.size() != this.header.size()) {
			values.put(CsvRowValidation.FIELD_COUNT, record.size() + " of " + this.header.size());
		}
		return new CsvRow(this.spec.fileName(), this.lines.lineAt(record.getCharacterPosition()), values);
	}

	private CSVRecord nextRecord() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			this.lastLineRead = this.parser.getCurrentLineNumber();
			return record;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw translate(ex, InputFileRescan.nextRecordLine(this.file, this.lastLineRead));
		}
	}

	/** A record of empty fields only (",,,," as spreadsheets export empty rows) is a blank line. */
	private static boolean isBlank(CSVRecord record) {
		for (int i = 0; i < record.size(); i++) {
			if (!record.get(i).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private InputFileException translate(Exception ex, long recordLine) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				InputFileRescan.Utf8Problem utf8 = InputFileRescan.firstInvalidUtf8(this.file);
				long line = (utf8 != null) ? utf8.line() : recordLine;
				String where = (utf8 != null) ? " (bytes " + utf8.bytes() + " at byte offset " + utf8.offset() + ")" : "";
				return problem(line, "bytes that are not valid UTF-8" + where + "; the file must be saved as UTF-8"
						+ " (an export in GBK or another legacy encoding is a common cause: save it again as"
						+ " \"CSV UTF-8\")");
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof LineTrackingReader.BareCarriageReturnException bare) {
				return problem(bare.line(), "a carriage return (U+000D) that ends no line: the file mixes line ends, or a"
						+ " field holds a stray carriage return; save the file with LF or CRLF line ends");
			}
		}
		String message = String.valueOf(ex.getMessage());
		if (message.contains("EOF reached before encapsulated token finished")) {
			return problem(recordLine, "a quoted field opened on this line is never closed; close the quote,"
					+ " or write a quote inside a quoted field as two quotes (\"\")");
		}
		if (message.contains("duplicate name")) {
			return problem(1, "the header repeats a column name (" + message + "); give every column a distinct name");
		}
		return problem(recordLine, "cannot be read as CSV: " + message);
	}

	private InputFileException problem(long line, String problem) {
		return new InputFileException(this.spec.fileName(), line, problem);
	}

	private static void skipByteOrderMark(InputStream in) throws IOException {
		in.mark(3);
		if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
			in.reset();
		}
	}

	@Override
	public void close() throws ItemStreamException {
		try {
			if (this.parser != null) {
				this.parser.close();
			}
		}
		catch (IOException ex) {
			throw new ItemStreamException("Failed to close " + this.file, ex);
		}
	}

}
