package org.policybriefs.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Remembers where line breaks fall in the character stream so that a record's character
 * position can be turned into a physical line number, even when quoted fields span lines.
 * Only the line breaks still ahead of the parser are kept, so memory stays flat.
 */
final class LineTrackingReader extends FilterReader {

	/** Positions of the pending line feeds, times two, plus one when a carriage return comes just before. */
	private long[] breaks = new long[1024];

	private int head;

	private int size;

	private long position;

	private long linesBefore;

	/** Line feeds read so far, ahead of the parser: the line a bare carriage return is on. */
	private long breaksSeen;

	private boolean afterCarriageReturn;

	LineTrackingReader(Reader in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c != -1) {
			track((char) c);
		}
		else {
			atEnd();
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		for (int i = 0; i < n; i++) {
			track(buffer[offset + i]);
		}
		if (n == -1) {
			atEnd();
		}
		return n;
	}

	private void atEnd() throws BareCarriageReturnException {
		if (this.afterCarriageReturn) {
			throw new BareCarriageReturnException(this.breaksSeen + 1);
		}
	}

	private void track(char c) throws BareCarriageReturnException {
		if (this.afterCarriageReturn && c != '\n') {
			// a CR that ends no line: old Mac line ends, or a stray CR that would split a row in two
			throw new BareCarriageReturnException(this.breaksSeen + 1);
		}
		if (c == '\n') {
			push(this.position * 2 + (this.afterCarriageReturn ? 1 : 0));
			this.breaksSeen++;
		}
		this.afterCarriageReturn = (c == '\r');
		this.position++;
	}

	/**
	 * The 1-based physical line of a record that the parser says starts at the given position.
	 * The parser gives the position before the empty lines it skipped, so those are skipped here too.
	 */
	long lineAt(long characterPosition) {
		while (this.size > 0 && (peek() >> 1) < characterPosition) {
			pop();
			this.linesBefore++;
		}
		long start = characterPosition;
		while (this.size > 0 && terminatorStart(peek()) == start) {
			start = (pop() >> 1) + 1;
			this.linesBefore++;
		}
		return this.linesBefore + 1;
	}

	/** A carriage return not followed by a line feed, on the given line. */
	static final class BareCarriageReturnException extends IOException {

		private final long line;

		BareCarriageReturnException(long line) {
			super("a carriage return without a line feed on line " + line);
			this.line = line;
		}

		long line() {
			return this.line;
		}

	}

	private static long terminatorStart(long lineBreak) {
		return (lineBreak >> 1) - (lineBreak & 1);
	}

	private void push(long value) {
		if (this.size == this.breaks.length) {
			long[] grown = new long[this.breaks.length * 2];
			for (int i = 0; i < this.size; i++) {
				grown[i] = this.breaks[(this.head + i) % this.breaks.length];
			}
			this.breaks = grown;
			this.head = 0;
		}
		this.breaks[(this.head + this.size) % this.breaks.length] = value;
		this.size++;
	}

	private long peek() {
		return this.breaks[this.head];
	}

	private long pop() {
		long value = this.breaks[this.head];
		this.head = (this.head + 1) % this.breaks.length;
		this.size--;
		return value;
	}

}
