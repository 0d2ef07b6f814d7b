package org.policybriefs.distribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.policybriefs.brief.Brief;
import org.policybriefs.brief.CommentaryViews.BlockView;
import org.policybriefs.brief.CommentaryViews.PassageView;
import org.policybriefs.brief.CommentaryViews.SpanView;
import org.policybriefs.brief.ImplicationsSection;
import org.policybriefs.brief.SummarySection;
import org.policybriefs.brief.BriefWords;
import org.policybriefs.brief.ChangesSection;
import org.policybriefs.brief.ChecksSection;
import org.policybriefs.brief.DisagreementsSection;
import org.policybriefs.brief.Section;
import org.policybriefs.brief.Statement;
import org.policybriefs.brief.TakeawaysSection;

/**
 * What a message says, part by part, each made from a section of the brief's model in the
 * analyst's language, in the order of {@link #IN_ORDER}: the one list to edit to add a part (a
 * summary, say, from the brief's {@code summary} section) or to give editors one more. A part
 * whose section the brief does not have is left out.
 */
final class MailParts {

	/** Most changes a message lists; the brief has the rest. */
	static final int CHANGES_LISTED = 5;

	/** One part of the message: made from the brief, for a reader in a role, or nothing. */
	interface Part {

		Optional<MailView.Section> from(Brief brief, Analyst.Role role, BriefWords words);

	}

	static final List<Part> IN_ORDER = List.of(MailParts::summary, MailParts::takeaways, MailParts::changes,
			MailParts::checks, MailParts::disagreements, MailParts::stale);

	private MailParts() {
	}

	/** The parts of the message for a reader in this role. */
	static List<MailView.Section> of(Brief brief, Analyst.Role role, BriefWords words) {
		List<MailView.Section> sections = new ArrayList<>();
		for (Part part : IN_ORDER) {
			part.from(brief, role, words).ifPresent(sections::add);
		}
		return sections;
	}

	/** The analyst's summary, a passage per paragraph, its figures as the brief states them (without the annex's references). */
	static Optional<MailView.Section> summary(Brief brief, Analyst.Role role, BriefWords words) {
		return section(brief, SummarySection.class).map((summary) -> new MailView.Section(summary.id(), summary.title(),
				"", summary.blocks()
					.stream()
					.flatMap((block) -> block.passages().stream())
					.map((passage) -> MailView.Item.of(text(passage, words)))
					.toList()));
	}

	/**
	 * For editors, the passages of the commentary written against a value that has since changed,
	 * each with the value it was written against: they re-read them and rebind.
	 */
	static Optional<MailView.Section> stale(Brief brief, Analyst.Role role, BriefWords words) {
		if (role != Analyst.Role.EDITOR) {
			return Optional.empty();
		}
		List<MailView.Item> items = passages(brief).filter(PassageView::stale)
			.map((passage) -> new MailView.Item("", text(passage, words), passage.notes()))
			.toList();
		return items.isEmpty() ? Optional.empty()
				: Optional.of(new MailView.Section("stale", words.get("mail.stale.title"),
						words.get("mail.stale.lead", items.size()), items));
	}

	private static Stream<PassageView> passages(Brief brief) {
		Stream<BlockView> blocks = brief.sections().stream().flatMap((section) -> {
			if (section instanceof SummarySection summary) {
				return summary.blocks().stream();
			}
			if (section instanceof ImplicationsSection implications) {
				return Stream.of(implications.lead().stream(), implications.watch().stream(),
						implications.implications().stream().flatMap((i) -> Stream.concat(i.text().stream(), i.watch().stream())))
					.flatMap((b) -> b);
			}
			return Stream.empty();
		});
		return Stream.concat(blocks.flatMap((block) -> block.passages().stream()), brief.sections()
			.stream()
			.filter(ImplicationsSection.class::isInstance)
			.flatMap((section) -> ((ImplicationsSection) section).questions().stream()));
	}

	/** A passage as plain text: its words, and each figure with what it covers when less than its region. */
	private static String text(PassageView passage, BriefWords words) {
		StringBuilder text = new StringBuilder();
		for (SpanView span : passage.spans()) {
			if (!span.figure()) {
				text.append(span.text());
				continue;
			}
			text.append(span.fact().quantity());
			if (!span.fact().wholeRegion()) {
				text.append(words.get("commentary.scope", span.fact().scope()));
			}
			if (span.fact().flagged()) {
				text.append(words.get("checks.flag.short"));
			}
		}
		return text.toString();
	}

	static Optional<MailView.Section> takeaways(Brief brief, Analyst.Role role, BriefWords words) {
		return section(brief, TakeawaysSection.class).map((takeaways) -> new MailView.Section(takeaways.id(),
				takeaways.title(), "", takeaways.statements().stream().map((s) -> finding(s, words)).toList()));
	}

	/**
	 * The largest changed figures as the brief words them, then the regions, indicators and findings
	 * that appeared or disappeared, at most {@link #CHANGES_LISTED} of each, and how many more the brief lists.
	 */
	static Optional<MailView.Section> changes(Brief brief, Analyst.Role role, BriefWords words) {
		return section(brief, ChangesSection.class).map((changes) -> {
			if (!changes.unchanged().isEmpty()) {
				return new MailView.Section(changes.id(), changes.title(), changes.unchanged(), List.of());
			}
			List<MailView.Item> items = new ArrayList<>();
			changes.figures().stream().limit(CHANGES_LISTED).forEach((line) -> items.add(MailView.Item.of(line)));
			changes.lines().stream().limit(CHANGES_LISTED).forEach((line) -> items.add(MailView.Item.of(line)));
			int more = changes.figures().size() + changes.lines().size() + changes.more() - items.size();
			if (more > 0) {
				items.add(MailView.Item.of(words.get("mail.changes.more", more)));
			}
			return new MailView.Section(changes.id(), changes.title(), "", items);
		});
	}

	/** What does not add up: what each failure means; for an editor also its figures and arithmetic. */
	static Optional<MailView.Section> checks(Brief brief, Analyst.Role role, BriefWords words) {
		boolean editor = role == Analyst.Role.EDITOR;
		return section(brief, ChecksSection.class).map((checks) -> new MailView.Section(checks.id(), checks.title(),
				words.get(editor ? "mail.checks.editor" : "mail.checks.lead", checks.failures().size()),
				checks.failures().stream().map((failure) -> new MailView.Item("", failure.meaning(), editor
						? concat(failure.figures(), words.get("checks.arithmetic", failure.arithmetic()))
						: List.of())).toList()));
	}

	static Optional<MailView.Section> disagreements(Brief brief, Analyst.Role role, BriefWords words) {
		return section(brief, DisagreementsSection.class).map((section) -> new MailView.Section(section.id(),
				section.title(), words.get("disagreements.lead"), section.disagreements()
					.stream()
					.map((d) -> new MailView.Item(d.figure(), words.get("disagreements.stated", d.stated())
							+ String.join("", d.others().stream().map((o) -> words.get("disagreements.other", o)).toList()),
							List.of()))
					.toList()));
	}

	/**
	 * A key takeaway; one that states a figure a failed check concerns carries the flag, and one whose
	 * figure other sources give differently says so, as in the brief.
	 */
	private static MailView.Item finding(Statement statement, BriefWords words) {
		boolean flagged = statement.facts().stream().anyMatch((fact) -> fact.flagged());
		boolean disputed = statement.facts().stream().anyMatch((fact) -> !fact.otherValues().isEmpty());
		return new MailView.Item(statement.lead().isEmpty() ? "" : words.get("finding.lead", statement.lead()),
				statement.text() + (flagged ? " " + words.get("checks.flag") : "")
						+ (disputed ? " " + words.get("disagreements.flag") : ""),
				List.of());
	}

	private static <S extends Section> Optional<S> section(Brief brief, Class<S> type) {
		return brief.sections().stream().filter(type::isInstance).map(type::cast).findFirst();
	}

	private static List<String> concat(List<String> lines, String last) {
		List<String> all = new ArrayList<>(lines);
		all.add(last);
		return all;
	}

}
