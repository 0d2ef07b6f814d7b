package org.policybriefs.commentary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a commentary file: CommonMark (commonmark-java) of which a safe subset is kept —
 * paragraphs, emphasis, strong emphasis, bullet and numbered lists — with figures written
 * {@code {{REGION INDICATOR [PERIOD [SOURCE]]}}}. Anything else (raw HTML, links, images, headings,
 * code, quotes, nested lists) is refused with the file and line: a brief shows no markup and no
 * remote content of its input.
 */
public final class CommentaryMarkdown {

	private static final Parser PARSER = Parser.builder()
		.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
		.maxOpenBlockParsers(16)
		.maxInlineNesting(16)
		.build();

	private static final Pattern REFERENCE = Pattern.compile("\\{\\{(.*?)\\}\\}");

	private final String where;

	private final String[] lines;

	private CommentaryMarkdown(String where, String text) {
		this.where = where;
		this.lines = text.split("\r\n|\r|\n", -1);
	}

	/**
	 * The blocks of a file.
	 *
	 * @param where the file as a message names it, {@code input/commentary/summary.en.md}
	 * @throws CommentaryException naming the file and line of what is refused
	 */
	public static List<CommentaryBlock> parse(String where, String text) {
		return new CommentaryMarkdown(where, text).blocks(PARSER.parse(text));
	}

	private List<CommentaryBlock> blocks(Node document) {
		List<CommentaryBlock> blocks = new ArrayList<>();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (block instanceof Paragraph paragraph) {
				blocks.add(new CommentaryBlock(CommentaryBlock.Kind.PARAGRAPH, List.of(passage(paragraph, paragraph))));
			}
			else if (block instanceof ListBlock list) {
				List<Passage> items = new ArrayList<>();
				for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
					items.add(item(item));
				}
				blocks.add(new CommentaryBlock((list instanceof OrderedList) ? CommentaryBlock.Kind.NUMBERED
						: CommentaryBlock.Kind.BULLETS, items));
			}
			else {
				throw refused(block);
			}
		}
		return blocks;
	}

	private Passage item(Node item) {
		if (!(item instanceof ListItem) || item.getFirstChild() == null) {
			throw new CommentaryException(this.where, line(item), "an empty list item; write its text after the marker");
		}
		Node content = item.getFirstChild();
		if (!(content instanceof Paragraph) || content.getNext() != null) {
			throw refused((content instanceof Paragraph) ? content.getNext() : content);
		}
		return passage(item, content);
	}

	/** A passage: its line and text from {@code block}, its spans from {@code paragraph}. */
	private Passage passage(Node block, Node paragraph) {
		List<Passage.Span> spans = new ArrayList<>();
		inline(paragraph, false, false, spans);
		return new Passage(line(block), source(block), spans);
	}

	private void inline(Node parent, boolean emphasis, boolean strong, List<Passage.Span> spans) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Text text) {
				text(text.getLiteral(), line(text), emphasis, strong, spans);
			}
			else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
				spans.add(new Passage.Span(" ", emphasis, strong, null));
			}
			else if (node instanceof Emphasis) {
				inline(node, true, strong, spans);
			}
			else if (node instanceof StrongEmphasis) {
				inline(node, emphasis, true, spans);
			}
			else {
				throw refused(node);
			}
		}
	}

	/** Text with the figures it names taken out; a figure's braces never span two lines or two kinds of emphasis. */
	private void text(String literal, int line, boolean emphasis, boolean strong, List<Passage.Span> spans) {
		Matcher matcher = REFERENCE.matcher(literal);
		int at = 0;
		while (matcher.find()) {
			plain(literal.substring(at, matcher.start()), line, emphasis, strong, spans);
			spans.add(new Passage.Span("", emphasis, strong, FigureReference.parse(matcher.group(1), this.where, line)));
			at = matcher.end();
		}
		plain(literal.substring(at), line, emphasis, strong, spans);
	}

	private void plain(String text, int line, boolean emphasis, boolean strong, List<Passage.Span> spans) {
		if (text.contains("{{") || text.contains("}}")) {
			throw new CommentaryException(this.where, line, "a figure reference is not closed on its line:"
					+ " write {{REGION INDICATOR}} with both pairs of braces on one line and no emphasis inside");
		}
		if (!text.isEmpty()) {
			spans.add(new Passage.Span(text, emphasis, strong, null));
		}
	}

	private CommentaryException refused(Node node) {
		String what;
		if (node instanceof HtmlBlock || node instanceof HtmlInline) {
			what = "raw HTML is not allowed in commentary; write the text without tags";
		}
		else if (node instanceof Link || node instanceof LinkReferenceDefinition) {
			what = "links are not allowed in commentary (a brief shows no remote content); name the source in words";
		}
		else if (node instanceof Image) {
			what = "images are not allowed in commentary (a brief shows no remote content)";
		}
		else if (node instanceof BulletList || node instanceof OrderedList) {
			what = "a list inside a list item is not allowed; write one list level";
		}
		else {
			what = "a " + describe(node) + " is not part of the commentary syntax: write paragraphs, *emphasis*,"
					+ " **strong**, bullet or numbered lists, and {{REGION INDICATOR}} figures";
		}
		return new CommentaryException(this.where, line(node), what);
	}

	private static String describe(Node node) {
		return node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}

	private static int line(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
	}

	private String source(Node node) {
		List<String> text = new ArrayList<>();
		for (SourceSpan span : node.getSourceSpans()) {
			String line = this.lines[span.getLineIndex()];
			int end = Math.min(line.length(), span.getColumnIndex() + span.getLength());
			text.add(line.substring(Math.min(span.getColumnIndex(), end), end));
		}
		return String.join("\n", text);
	}

}
