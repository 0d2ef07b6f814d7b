package org.policybriefs.commentary;

import java.util.List;

/**
 * A block of a commentary file as the brief shows it: a paragraph (one passage) or a list (a
 * passage per item).
 */
public record CommentaryBlock(Kind kind, List<Passage> passages) {

	public CommentaryBlock {
		passages = List.copyOf(passages);
	}

	public enum Kind {
		PARAGRAPH, BULLETS, NUMBERED
	}

}
