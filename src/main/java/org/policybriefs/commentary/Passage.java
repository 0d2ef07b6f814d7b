package org.policybriefs.commentary;

import java.util.List;

/**
 * One passage of commentary: a paragraph or a list item, with the line it starts on and the text
 * it is written in, whose hash tells the same passage in another edition.
 *
 * @param line the line of the file it starts on
 * @param source the passage's Markdown as written, lines joined with {@code \n}
 * @param spans its text, emphasis and figures in order
 */
public record Passage(int line, String source, List<Span> spans) {

	public Passage {
		spans = List.copyOf(spans);
	}

	/** The figures the passage names, in order. */
	public List<FigureReference> figures() {
		return this.spans.stream().map(Span::figure).filter((figure) -> figure != null).toList();
	}

	/** The passage's identity across editions: a digest of its text as written. */
	public String hash() {
		return PassageHash.of(this.source);
	}

	/**
	 * A run of text with its emphasis, or a figure.
	 *
	 * @param text the text; empty for a figure
	 * @param figure the figure it names; null for text
	 */
	public record Span(String text, boolean emphasis, boolean strong, FigureReference figure) {

		public boolean isFigure() {
			return this.figure != null;
		}

	}

}
