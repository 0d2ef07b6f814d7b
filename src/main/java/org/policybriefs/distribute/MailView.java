package org.policybriefs.distribute;

import java.util.List;

/**
 * One message as its two parts, text and HTML ({@code templates/mail.ftlh}), read it: every string
 * already in the analyst's language, plain data that the HTML template escapes. Public, with its
 * parts, because FreeMarker reads only public types.
 *
 * @param language the language tag of the message ({@code en}, {@code zh-CN})
 * @param subject the subject line, also the HTML title
 * @param greeting "Dear …,"
 * @param intro the series, the edition's date and how many briefs come with it
 * @param sections what the briefs say, in order ({@link MailParts})
 * @param briefs the briefs by title, each attached or with its link
 * @param closing why the analyst receives the message
 * @param unsubscribe how to receive no more, in words
 * @param unsubscribeUrl the page that does it, or empty when only mail does
 * @param unsubscribeLink the words of the link to it
 */
public record MailView(String language, String subject, String greeting, String intro, List<Section> sections,
		String briefsTitle, List<BriefLine> briefs, String closing, String unsubscribe, String unsubscribeUrl,
		String unsubscribeLink) {

	/**
	 * A part of the message, made from a section of the brief.
	 * @param id the brief section's id ({@code takeaways}, {@code changes}, …)
	 * @param lead a sentence under the title, or empty
	 */
	public record Section(String id, String title, String lead, List<Item> items) {
	}

	/**
	 * One point: a finding, a change, a failed check.
	 * @param lead printed in bold before the text, with its punctuation ("Guizhou. "), or empty
	 * @param details lines under it (an editor's figures and arithmetic), or none
	 */
	public record Item(String lead, String text, List<String> details) {

		static Item of(String text) {
			return new Item("", text, List.of());
		}

	}

	/**
	 * A brief that comes with the message.
	 * @param title its title in its own language
	 * @param note its language and size, in brackets, to follow the title
	 * @param url where to download it when it is not attached, else empty
	 */
	public record BriefLine(String title, String note, String url) {
	}

}
