package org.policybriefs.distribute;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Where messages go: an SMTP server, or the run's outbox folder.
 */
interface Mailer {

	MimeMessage createMessage();

	/** Sends one message and returns its Message-ID. */
	String send(MimeMessage message) throws MessagingException;

	/** Whether sending a message again can never deliver it twice (true of files written whole over each other). */
	boolean resendingIsSafe();

	/**
	 * Updates the message's headers for sending, keeping the Message-ID it was given (saving
	 * changes would replace it with one of this host's name, {@code …@localhost} on most machines).
	 */
	static void saveChanges(MimeMessage message) throws MessagingException {
		String id = message.getMessageID();
		message.saveChanges();
		if (id != null) {
			message.setHeader("Message-ID", id);
		}
	}

}
