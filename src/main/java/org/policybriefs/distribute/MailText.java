package org.policybriefs.distribute;

/**
 * The text/plain part of a message: the same content as the HTML part, for clients and readers
 * that show no HTML: headings on lines of their own, points as dashes, details
 * indented under their point.
 */
final class MailText {

	private MailText() {
	}

	static String of(MailView view) {
		StringBuilder text = new StringBuilder();
		text.append(view.greeting()).append("\n\n").append(view.intro()).append('\n');
		for (MailView.Section section : view.sections()) {
			text.append('\n').append(section.title()).append('\n');
			if (!section.lead().isEmpty()) {
				text.append(section.lead()).append('\n');
			}
			for (MailView.Item item : section.items()) {
				text.append("- ").append(item.lead()).append(item.text()).append('\n');
				item.details().forEach((detail) -> text.append("    ").append(detail).append('\n'));
			}
		}
		text.append('\n').append(view.briefsTitle()).append('\n');
		for (MailView.BriefLine brief : view.briefs()) {
			text.append("- ").append(brief.title()).append(brief.note()).append('\n');
			if (!brief.url().isEmpty()) {
				text.append("  ").append(brief.url()).append('\n');
			}
		}
		text.append("\n-- \n").append(view.closing()).append('\n').append(view.unsubscribe()).append('\n');
		if (!view.unsubscribeUrl().isEmpty()) {
			text.append(view.unsubscribeUrl()).append('\n');
		}
		return text.toString();
	}

}
