package org.policybriefs.distribute;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends over SMTP with the server that {@code spring.mail.*} configures.
 */
class SmtpMailer implements Mailer {

	private final JavaMailSender sender;

	SmtpMailer(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public MimeMessage createMessage() {
		return this.sender.createMimeMessage();
	}

	@Override
	public String send(MimeMessage message) throws MessagingException {
		Mailer.saveChanges(message);
		String id = message.getMessageID();
		this.sender.send(message);
		return id;
	}

	@Override
	public boolean resendingIsSafe() {
		// a message the server took cannot be taken back
		return false;
	}

}
