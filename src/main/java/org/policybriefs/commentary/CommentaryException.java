package org.policybriefs.commentary;

/**
 * A commentary file, or a file that records what commentary was written against, cannot be used:
 * the message names the file and the line ({@code input/commentary/FILE:LINE: …}), what is wrong
 * and what to write instead.
 */
public class CommentaryException extends RuntimeException {

	public CommentaryException(String where, int line, String problem) {
		super((line > 0) ? where + ":" + line + ": " + problem : where + ": " + problem);
	}

	/** A problem that is not one file's: several stale passages at once. */
	CommentaryException(String message) {
		super(message);
	}

}
