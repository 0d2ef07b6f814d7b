package org.policybriefs.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A second look at a file after the parser stopped on it, to name the exact line. The parser
 * and the decoder read ahead in blocks, so where they stopped is not where the problem is;
 * this runs only on the way to an error, so reading the file again costs nothing in a good run.
 */
final class InputFileRescan {

	private InputFileRescan() {
	}

	/** Where the first byte sequence that is not UTF-8 is, or {@code null} when there is none. */
	static Utf8Problem firstInvalidUtf8(Path file) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(8192);
		CharBuffer chars = CharBuffer.allocate(8192);
		long line = 1;
		long consumed = 0;
		try (InputStream in = Files.newInputStream(file)) {
			boolean eof = false;
			while (true) {
				int n = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (n < 0) {
					eof = true;
				}
				else {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
				int before = bytes.position();
				CoderResult result = decoder.decode(bytes, chars, eof);
				consumed += bytes.position() - before;
				chars.flip();
				while (chars.hasRemaining()) {
					if (chars.get() == '\n') {
						line++;
					}
				}
				chars.clear();
				if (result.isError()) {
					byte[] bad = new byte[Math.min(result.length(), bytes.remaining())];
					bytes.get(bad);
					return new Utf8Problem(line, consumed, HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad));
				}
				bytes.compact();
				if (eof && result.isUnderflow() && bytes.position() == 0) {
					return null;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The physical line of the first record after line {@code lastLineRead}: the next line that
	 * is not empty, as the parser skips empty lines.
	 */
	static long nextRecordLine(Path file, long lastLineRead) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			long line = 1;
			boolean lineEmpty = true;
			for (int b = in.read(); b != -1; b = in.read()) {
				if (b == '\n') {
					if (line > lastLineRead && !lineEmpty) {
						return line;
					}
					line++;
					lineEmpty = true;
				}
				else if (b != '\r' && !(line == 1 && isByteOrderMark(b))) {
					lineEmpty = false;
				}
			}
			return line;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isByteOrderMark(int b) {
		return b == 0xEF || b == 0xBB || b == 0xBF;
	}

	/** The line and byte offset of the first bytes that do not decode as UTF-8, and those bytes in hex. */
	record Utf8Problem(long line, long offset, String bytes) {
	}

}
