package org.policybriefs.commentary;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentaryMarkdownTests {

	private static final String FILE = "input/commentary/summary.en.md";

	@Nested
	class Refused {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				raw HTML block  | First line.\\n\\n<div>injected</div>              | 3 | raw HTML is not allowed
				raw HTML inline | First line.\\nA <b>bold</b> claim.               | 2 | raw HTML is not allowed
				script          | <script>alert(1)</script>                      | 1 | raw HTML is not allowed
				link            | See [the post](https://example.org).           | 1 | links are not allowed
				autolink        | See <https://example.org>.                     | 1 | links are not allowed
				image           | \\n\\n![chart](https://example.org/x.png)       | 3 | images are not allowed
				heading         | # Title                                        | 1 | heading is not part of the commentary syntax
				code            | Text with `code`.                              | 1 | code is not part of the commentary syntax
				quote           | > quoted                                       | 1 | block quote is not part of the commentary syntax
				nested list     | - one\\n  - two                                 | 2 | a list inside a list item
				""")
		void withTheFileAndLine(String what, String markdown, int line, String problem) {
			assertThatThrownBy(() -> CommentaryMarkdown.parse(FILE, markdown.replace("\\n", "\n")))
				.isInstanceOf(CommentaryException.class)
				.hasMessageStartingWith(FILE + ":" + line + ": ")
				.hasMessageContaining(problem);
		}

		@Test
		void aReferenceThatIsNotClosedOnItsLine() {
			assertThatThrownBy(() -> CommentaryMarkdown.parse(FILE, "One.\n\nCapacity {{GZ compute_capacity\n}} here."))
				.hasMessageStartingWith(FILE + ":3: ")
				.hasMessageContaining("not closed");
		}

		@Test
		void aReferenceWithTooManyParts() {
			assertThatThrownBy(() -> CommentaryMarkdown.parse(FILE, "Capacity {{GZ compute_capacity 2024 S1 extra}}."))
				.hasMessageStartingWith(FILE + ":1: ")
				.hasMessageContaining("{{REGION INDICATOR}}");
		}

	}

	@Nested
	class Read {

		@Test
		void paragraphsAndListItemsArePassagesWithTheirLines() {
			List<CommentaryBlock> blocks = CommentaryMarkdown.parse(FILE,
					"First paragraph\nstill first.\n\n- item one\n- item *two*\n\n1. numbered\n");
			assertThat(blocks).extracting(CommentaryBlock::kind)
				.containsExactly(CommentaryBlock.Kind.PARAGRAPH, CommentaryBlock.Kind.BULLETS, CommentaryBlock.Kind.NUMBERED);
			assertThat(blocks.stream().flatMap((b) -> b.passages().stream()).map(Passage::line)).containsExactly(1, 4, 5, 7);
			assertThat(blocks.get(0).passages().get(0).source()).isEqualTo("First paragraph\nstill first.");
			assertThat(blocks.get(1).passages().get(1).spans()).extracting(Passage.Span::text, Passage.Span::emphasis)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("item ", false),
						org.assertj.core.groups.Tuple.tuple("two", true));
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				{{GZ compute_capacity}}              | GZ | compute_capacity | ''   | ''
				{{GZ compute_capacity 2024}}         | GZ | compute_capacity | 2024 | ''
				{{ GZ  compute_capacity 2024 S1 }}   | GZ | compute_capacity | 2024 | S1
				""")
		void figureReferences(String written, String region, String indicator, String period, String source) {
			Passage passage = CommentaryMarkdown.parse(FILE, "Line one\nat **" + written + "** here.").get(0).passages().get(0);
			assertThat(passage.figures()).singleElement().satisfies((figure) -> {
				assertThat(figure).isEqualTo(new FigureReference(region, indicator, period, source, 2));
			});
			assertThat(passage.spans().stream().filter(Passage.Span::isFigure).findFirst().orElseThrow().strong()).isTrue();
		}

		@Test
		void markupCharactersInTextStayText() {
			Passage passage = CommentaryMarkdown.parse(FILE, "Tom &amp; Jerry say 5 < 6 & \"quotes\".").get(0).passages().get(0);
			assertThat(passage.spans()).extracting(Passage.Span::text).containsExactly("Tom & Jerry say 5 < 6 & \"quotes\".");
		}

		@Test
		void theHashFollowsTheTextNotTheLine() {
			Passage first = CommentaryMarkdown.parse(FILE, "Same text.").get(0).passages().get(0);
			Passage moved = CommentaryMarkdown.parse(FILE, "Other.\n\nSame text.").get(1).passages().get(0);
			Passage edited = CommentaryMarkdown.parse(FILE, "Same text!").get(0).passages().get(0);
			assertThat(moved.line()).isEqualTo(3);
			assertThat(moved.hash()).isEqualTo(first.hash()).isNotEqualTo(edited.hash());
		}

	}

}
