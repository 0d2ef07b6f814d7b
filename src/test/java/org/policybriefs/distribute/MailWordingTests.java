package org.policybriefs.distribute;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.brief.ShippedMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the messages, from the shipped bundles: subject, number agreement, and the two
 * parts made from one message's content, with every value escaped in the HTML.
 */
class MailWordingTests {

	private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

	@Test
	void theSubjectNamesTheSeriesAndTheDateInTheAnalystsLanguage() {
		assertThat(ShippedMessages.words(Locale.ENGLISH).get("mail.subject", "Series X", "6 December 2026"))
			.isEqualTo("Series X: the edition of 6 December 2026");
		assertThat(ShippedMessages.words(CHINESE).get("mail.subject", "系列X", "2026年12月6日")).isEqualTo("系列X（2026年12月6日）");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1 | mail.attached | 1 brief is attached.
			3 | mail.attached | 3 briefs are attached.
			1 | mail.linked   | 1 brief is too large to attach; it is linked below.
			2 | mail.linked   | 2 briefs are too large to attach; they are linked below.
			""")
	void singularAndPluralAreRight(int briefs, String key, String ending) {
		assertThat(ShippedMessages.words(Locale.ENGLISH).get(key, "Series X", "6 December 2026", briefs)).endsWith(ending);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1 | mail.briefs.attached | The brief attached
			4 | mail.briefs.attached | The 4 briefs attached
			1 | mail.changes.more    | … and one more change in the brief.
			7 | mail.changes.more    | … and 7 more changes in the brief.
			1 | mail.checks.lead     | One check of the figures fails:
			2 | mail.checks.lead     | 2 checks of the figures fail:
			""")
	void countedWordsAgree(int count, String key, String start) {
		assertThat(ShippedMessages.words(Locale.ENGLISH).get(key, count)).startsWith(start);
	}

	@Test
	void chineseCountsWithoutPlural() {
		assertThat(ShippedMessages.words(CHINESE).get("mail.attached", "系列X", "2026年12月6日", 3)).endsWith("附上3份简报。");
	}

	@Test
	void theTextPartSaysWhatTheHtmlPartSaysAndTheHtmlEscapesIt() {
		MailView view = new MailView("en", "Series <X>: the edition of 6 December 2026", "Dear Ada,",
				"The edition of 6 December 2026 of Series <X> is out: 1 brief is attached.",
				List.of(new MailView.Section("takeaways", "Key takeaways", "",
						List.of(new MailView.Item("Guizhou. ", "<script>alert(1)</script> & more", List.of())))),
				"The brief attached", List.of(new MailView.BriefLine("A \"title\"", " (English, 300 KB)", "")),
				"You receive this message as a reader of Series <X>.", "To receive no more of these messages:",
				"https://briefs.example.org/unsubscribe?token=a.b", "unsubscribe");

		String text = MailText.of(view);
		String html = new MailHtml(Path.of("templates")).of(view);

		assertThat(text).contains("Key takeaways\n- Guizhou. <script>alert(1)</script> & more\n",
				"- A \"title\" (English, 300 KB)\n", "https://briefs.example.org/unsubscribe?token=a.b");
		assertThat(html).contains("<b>Guizhou. </b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more",
				"<title>Series &lt;X&gt;: the edition of 6 December 2026</title>",
				"<a href=\"https://briefs.example.org/unsubscribe?token=a.b\"")
			.doesNotContain("<script>", "<img", "<link", "src=", "<style");
	}

}
