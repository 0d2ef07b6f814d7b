package org.policybriefs.distribute;

import java.io.UnsupportedEncodingException;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Writes the message for one analyst: a subject with the as-of date in their language, a short
 * body with the largest changes since the previous edition, and the briefs attached, or linked
 * when together they exceed the attachment limit.
 */
class BriefMessages {

	private final MessageSource words;

	private final DeliveryProperties properties;

	BriefMessages(MessageSource words, DeliveryProperties properties) {
		this.words = words;
		this.properties = properties;
	}

	MimeMessage message(MimeMessage message, Analyst analyst, List<BriefFile> briefs, DistributeTasklet.Target target,
			long run, String changes) throws MessagingException, UnsupportedEncodingException {
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(new InternetAddress(analyst.email(), analyst.name().isEmpty() ? null : analyst.name(), "UTF-8"));
		Object[] asOf = { target.asOf() };
		helper.setSubject(word("mail.subject", analyst, asOf));
		long total = briefs.stream().mapToLong(BriefFile::bytes).sum();
		boolean attach = total <= this.properties.attachLimit().toBytes();
		StringBuilder body = new StringBuilder();
		body.append(word("mail.greeting", analyst, new Object[] { analyst.name().isEmpty() ? analyst.email() : analyst.name() }))
			.append("\n\n")
			.append(word(attach ? "mail.attached" : "mail.linked", analyst, asOf))
			.append("\n\n");
		String base = this.properties.linkBase().replaceAll("/+$", "");
		for (BriefFile brief : briefs) {
			body.append("  ").append(brief.file()).append(" (").append(Math.max(1, brief.bytes() / 1024)).append(" KB)");
			if (!attach) {
				body.append("\n  ").append(base).append("/runs/").append(run).append("/files/").append(brief.file());
			}
			body.append('\n');
		}
		if (!changes.isEmpty()) {
			body.append('\n').append(changes).append('\n');
		}
		body.append('\n').append(word("mail.closing", analyst, new Object[0])).append('\n');
		helper.setText(body.toString());
		if (attach) {
			for (BriefFile brief : briefs) {
				helper.addAttachment(brief.file(), new FileSystemResource(brief.path()), "application/pdf");
			}
		}
		return message;
	}

	private String word(String key, Analyst analyst, Object[] arguments) {
		return this.words.getMessage(key, arguments, analyst.locale());
	}

}
