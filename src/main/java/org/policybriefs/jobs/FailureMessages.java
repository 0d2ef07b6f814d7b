package org.policybriefs.jobs;

import org.policybriefs.commentary.CommentaryException;
import org.policybriefs.indicators.CatalogException;
import org.policybriefs.ingest.InputFileException;

/**
 * Turns a job failure into the sentence an operator needs: the input problem when there is
 * one (file, line, what is wrong, what to do), otherwise the message with the innermost cause.
 */
final class FailureMessages {

	private FailureMessages() {
	}

	static String describe(Throwable failure) {
		Throwable innermost = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputFileException || cause instanceof CatalogException
					|| cause instanceof CommentaryException) {
				return cause.getMessage();
			}
			innermost = cause;
		}
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return innermost.toString();
		}
		// a wrapper such as "Unable to process chunk" says little without what it wraps
		return (innermost != failure) ? message + " (" + innermost + ")" : message;
	}

}
