package org.policybriefs.distribute;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.policybriefs.files.AtomicFiles;

/**
 * Without a mail server: writes each message as an RFC 822 {@code .eml} file into the outbox
 * folder, whole or not at all, for a person or another tool to send.
 */
class OutboxMailer implements Mailer {

	private final Session session = Session.getInstance(new Properties());

	private final Path outbox;

	OutboxMailer(Path outbox) {
		this.outbox = outbox;
	}

	@Override
	public MimeMessage createMessage() {
		return new MimeMessage(this.session);
	}

	@Override
	public String send(MimeMessage message) throws MessagingException {
		message.saveChanges();
		String recipient = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		String id = message.getMessageID();
		String name = recipient.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_") + ".eml";
		AtomicFiles.write(this.outbox.resolve(name), (out) -> {
			try {
				message.writeTo(out);
			}
			catch (MessagingException ex) {
				throw new java.io.IOException(ex);
			}
		});
		return id;
	}

	Path outbox() {
		return this.outbox;
	}

	@Override
	public boolean resendingIsSafe() {
		// the same recipient's file is written again, whole: never two messages
		return true;
	}

}
