package org.policybriefs.commentary;

import java.util.Arrays;
import java.util.Optional;

/** The places of a brief that take the analyst's commentary, by the first part of a commentary file's name. */
public enum CommentarySection {

	/** At the front of the comparative brief (a regional brief takes only its region's). */
	SUMMARY("summary"),
	/** The lead of the implications section, and under each region its own. */
	IMPLICATIONS("implications"),
	/** What to watch, under each region's implications. */
	WATCH("watch"),
	/** Open questions: a list. */
	QUESTIONS("questions");

	private final String fileName;

	CommentarySection(String fileName) {
		this.fileName = fileName;
	}

	public String fileName() {
		return this.fileName;
	}

	static Optional<CommentarySection> named(String name) {
		return Arrays.stream(values()).filter((section) -> section.fileName.equals(name)).findFirst();
	}

	static String names() {
		return String.join(", ", Arrays.stream(values()).map(CommentarySection::fileName).toList());
	}

}
