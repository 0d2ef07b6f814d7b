package org.policybriefs.distribute;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.policybriefs.brief.Brief;
import org.policybriefs.brief.BriefWords;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Writes the message for one analyst, in their language: the subject with the series and the
 * edition's date; a body, text and HTML ({@code multipart/alternative}), that says what the brief
 * says ({@link MailParts}) and lists the briefs by title; the briefs attached, or linked when
 * together they exceed the attachment limit; a Message-ID of the configured domain, Reply-To, and
 * {@code List-Unsubscribe} (mailto, and one click when serve mode's public address is set).
 */
class BriefMessages {

	private final DeliveryProperties properties;

	private final UnsubscribeProperties unsubscribe;

	private final UnsubscribeToken tokens;

	private final MailHtml html;

	BriefMessages(DeliveryProperties properties, UnsubscribeProperties unsubscribe, MailHtml html) {
		this.properties = properties;
		this.unsubscribe = unsubscribe;
		this.tokens = unsubscribe.oneClick() ? new UnsubscribeToken(unsubscribe.secret()) : null;
		this.html = html;
	}

	MimeMessage message(MimeMessage message, Analyst analyst, List<BriefFile> briefs, long run, MailBriefs models)
			throws MessagingException, UnsupportedEncodingException {
		long total = briefs.stream().mapToLong(BriefFile::bytes).sum();
		boolean attach = total <= this.properties.attachLimit().toBytes();
		MailView view = view(analyst, briefs, attach, run, models);
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
		helper.setFrom(this.properties.from());
		if (!this.properties.replyTo().isBlank()) {
			helper.setReplyTo(this.properties.replyTo().strip());
		}
		helper.setTo(new InternetAddress(analyst.email(), analyst.name().isEmpty() ? null : analyst.name(), "UTF-8"));
		helper.setSubject(view.subject());
		helper.setText(MailText.of(view), this.html.of(view));
		if (attach) {
			for (BriefFile brief : briefs) {
				helper.addAttachment(brief.file(), new FileSystemResource(brief.path()), "application/pdf");
			}
		}
		message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + this.properties.messageIdDomain() + ">");
		message.setHeader("Content-Language", analyst.locale().toLanguageTag());
		String mailto = "<mailto:" + unsubscribeAddress() + "?subject=unsubscribe>";
		if (this.tokens != null) {
			message.setHeader("List-Unsubscribe", mailto + ", <" + oneClickUrl(analyst) + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		else {
			message.setHeader("List-Unsubscribe", mailto);
		}
		return message;
	}

	/** The message's content in the analyst's language, from the brief that leads it: the comparative brief, else their first. */
	MailView view(Analyst analyst, List<BriefFile> briefs, boolean attach, long run, MailBriefs models) {
		Locale locale = analyst.locale();
		BriefWords words = models.words(locale);
		BriefFile lead = briefs.stream().filter((brief) -> !brief.briefId().isRegional()).findFirst().orElse(briefs.get(0));
		Brief brief = models.brief(lead.briefId(), locale);
		String series = brief.edition().series();
		String date = brief.edition().asOfText();
		String base = this.properties.linkBase().replaceAll("/+$", "");
		List<MailView.BriefLine> lines = briefs.stream()
			.map((file) -> new MailView.BriefLine(
					models.brief(file.briefId(), Locale.forLanguageTag(file.locale())).edition().title(),
					words.get("mail.briefNote", Locale.forLanguageTag(file.locale()).getDisplayLanguage(locale),
							Math.max(1, file.bytes() / 1024)),
					attach ? "" : base + "/runs/" + run + "/files/" + file.file()))
			.toList();
		boolean oneClick = this.tokens != null;
		return new MailView(locale.toLanguageTag(), words.get("mail.subject", series, date),
				words.get("mail.greeting", analyst.name().isEmpty() ? analyst.email() : analyst.name()),
				words.get(attach ? "mail.attached" : "mail.linked", series, date, briefs.size()),
				MailParts.of(brief, analyst.role(), words),
				words.get(attach ? "mail.briefs.attached" : "mail.briefs.linked", briefs.size()), lines,
				words.get("mail.closing", series),
				oneClick ? words.get("mail.unsubscribe.link") : words.get("mail.unsubscribe.mail", unsubscribeAddress()),
				oneClick ? oneClickUrl(analyst) : "", words.get("mail.unsubscribe.linkText"));
	}

	private String oneClickUrl(Analyst analyst) {
		return this.unsubscribe.publicUrl() + "/unsubscribe?token="
				+ URLEncoder.encode(this.tokens.sign(analyst.email()), StandardCharsets.US_ASCII);
	}

	/** Where an unsubscribe mail goes: the setting, else Reply-To, else the sender. */
	private String unsubscribeAddress() {
		if (!this.unsubscribe.address().isBlank()) {
			return this.unsubscribe.address().strip();
		}
		return this.properties.replyTo().isBlank() ? this.properties.fromAddress() : this.properties.replyTo().strip();
	}

}
