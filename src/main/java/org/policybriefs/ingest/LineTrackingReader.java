package org.policybriefs.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Remembers where line breaks fall in the character stream so that a record's character
 * position can be turned into a physical line number, even when quoted fields span lines.
 * Only the line breaks still ahead of the parser are kept, so memory stays flat.
 */
final class LineTrackingReader extends FilterReader {

	private final Deque<Long> pendingBreaks = new ArrayDeque<>();

	private long position;

	private long linesBefore;

	private long charsSeen;

	private long breaksSeen;

	LineTrackingReader(Reader in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c != -1) {
			track((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		for (int i = 0; i < n; i++) {
			track(buffer[offset + i]);
		}
		return n;
	}

	private void track(char c) {
		if (c == '\n') {
			this.pendingBreaks.addLast(this.position);
			this.breaksSeen++;
		}
		this.position++;
		this.charsSeen++;
	}

	/** The 1-based physical line that holds the character at the given position. */
	long lineAt(long characterPosition) {
		while (!this.pendingBreaks.isEmpty() && this.pendingBreaks.peekFirst() < characterPosition) {
			this.pendingBreaks.removeFirst();
			this.linesBefore++;
		}
		return this.linesBefore + 1;
	}

	/** The line being read when decoding stopped: every line break seen so far, plus one. */
	long lineBeingRead() {
		return this.breaksSeen + 1;
	}

	boolean sawAnyCharacter() {
		return this.charsSeen > 0;
	}

}
