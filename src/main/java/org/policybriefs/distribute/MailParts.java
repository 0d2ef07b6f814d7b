package org.policybriefs.distribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.Brief;
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

	static final List<Part> IN_ORDER = List.of(MailParts::takeaways, MailParts::changes, MailParts::checks,
			MailParts::disagreements);

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

	private static MailView.Item finding(Statement statement, BriefWords words) {
		return new MailView.Item(statement.lead().isEmpty() ? "" : words.get("finding.lead", statement.lead()),
				statement.text(), List.of());
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
