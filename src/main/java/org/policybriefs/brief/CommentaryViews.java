package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.List;

import org.policybriefs.commentary.BoundPassage;
import org.policybriefs.commentary.Commentary;
import org.policybriefs.commentary.CommentaryBlock;
import org.policybriefs.commentary.CommentarySection;
import org.policybriefs.commentary.FigureBinding;
import org.policybriefs.commentary.Passage;

/**
 * The analyst's commentary as a brief shows it: typed blocks of passages whose text the template
 * escapes like all data, each figure worded as the brief words it everywhere else (a {@link Fact}),
 * and a stale passage's marker and note of the value it was written against.
 */
public final class CommentaryViews {

	private final BriefContext brief;

	private final Commentary commentary;

	CommentaryViews(BriefContext brief) {
		this.brief = brief;
		this.commentary = brief.data().commentary();
	}

	/** The blocks of a section's general file ({@code region} empty) or of one region's, in the brief's language. */
	List<BlockView> blocks(CommentarySection section, String region) {
		List<BlockView> blocks = new ArrayList<>();
		for (Commentary.BoundFile file : this.commentary.of(section, this.brief.request().locale().toLanguageTag())) {
			if (!file.name().region().equals(region)) {
				continue;
			}
			for (Commentary.BoundBlock block : file.blocks()) {
				List<PassageView> passages = block.passages()
					.stream()
					.filter(this.commentary::shows)
					.map(this::passage)
					.toList();
				if (!passages.isEmpty()) {
					blocks.add(new BlockView(block.kind().name().toLowerCase(), passages));
				}
			}
		}
		return blocks;
	}

	/** The list items of a section's general file and of each region's the brief concerns, as one list. */
	List<PassageView> items(CommentarySection section, List<String> regions) {
		List<PassageView> items = new ArrayList<>();
		for (String region : regions) {
			blocks(section, region).forEach((block) -> items.addAll(block.passages()));
		}
		return items;
	}

	private PassageView passage(BoundPassage bound) {
		List<SpanView> spans = new ArrayList<>();
		for (Passage.Span span : bound.passage().spans()) {
			FigureBinding binding = span.isFigure() ? bound.binding(span.figure()) : null;
			if (binding != null && !binding.hasValue()) {
				spans.add(new SpanView(this.brief.words().get("commentary.noValue"), span.emphasis(), span.strong(), null));
				continue;
			}
			Fact fact = (binding != null) ? this.brief.facts().worded(binding.value()) : null;
			spans.add(new SpanView(span.text(), span.emphasis(), span.strong(), fact));
		}
		List<String> notes = new ArrayList<>();
		if (bound.stale()) {
			EvidenceWording wording = new EvidenceWording(this.brief);
			for (FigureBinding binding : bound.figures()) {
				if (binding.stale() && binding.writtenAgainst() == null) {
					notes.add(this.brief.words().get("commentary.stale.noValue", wording.figure(binding.figure().region(),
							binding.figure().indicator(), binding.figure().period())));
				}
				else if (binding.stale()) {
					notes.add(this.brief.words().get("commentary.stale.note",
							wording.figure(binding.figure().region(), binding.figure().indicator(),
									binding.writtenAgainst().period()),
							wording.quantity(binding.figure().indicator(), binding.writtenAgainst().value(),
									binding.writtenAgainst().qualifier())));
				}
			}
		}
		return new PassageView(spans, bound.stale(), notes);
	}

	/** A paragraph ({@code paragraph}) or a list ({@code bullets}, {@code numbered}) of passages. */
	public record BlockView(String kind, List<PassageView> passages) {

		public boolean list() {
			return !CommentaryBlock.Kind.PARAGRAPH.name().toLowerCase().equals(this.kind);
		}

	}

	/** One passage: its text and figures, and when stale, the note of each value it was written against. */
	public record PassageView(List<SpanView> spans, boolean stale, List<String> notes) {
	}

	/** A run of text with its emphasis, or a figure ({@link #figure()}) as the brief states it. */
	public record SpanView(String text, boolean emphasis, boolean strong, Fact fact) {

		public boolean figure() {
			return this.fact != null;
		}

	}

}
