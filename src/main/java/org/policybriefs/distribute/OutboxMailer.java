package org.policybriefs.distribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.Sha256;

/**
 * Without a mail server: writes each message as an RFC 822 {@code .eml} file into the outbox
 * folder, whole or not at all, for a person or another tool to send. Each recipient has a file
 * name of their own ({@link #fileName}), and a file holding another recipient's message is never
 * written over: a name that was taken fails that delivery instead of losing a message in silence.
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

	/**
	 * The outbox file of an address: the address itself when it is a plain lower-case name safe in
	 * any file system ({@code analyst.one@example.org.eml}), else a readable form of it, {@code ~}
	 * (which a plain name never holds) and the first 12 hex digits of the sha256 of the exact
	 * address ({@code a_b@example.org~1f0c….eml}), so that {@code a+b@} and {@code a_b@} stay apart.
	 */
	static String fileName(String address) {
		String readable = address.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_");
		if (readable.equals(address) && !address.startsWith(".")) {
			return address + ".eml";
		}
		return readable + "~" + Sha256.begin().text(address).hex().substring(0, 12) + ".eml";
	}

	@Override
	public String send(MimeMessage message) throws MessagingException {
		Mailer.saveChanges(message);
		String recipient = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		Path target = this.outbox.resolve(fileName(recipient));
		Path temporary = null;
		try {
			Files.createDirectories(this.outbox);
			// not Files.createTempFile, which makes the file 0600; a dot name ending .part is a known leftover
			temporary = this.outbox.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				message.writeTo(out);
			}
			place(temporary, target, recipient);
		}
		catch (IOException ex) {
			throw new MessagingException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ex) {
					// a leftover temporary file has a dot name, never a final one
				}
			}
		}
		return message.getMessageID();
	}

	/**
	 * Gives the written file its final name without replacing anything there (a hard link fails
	 * when the name exists, in one step); only the same recipient's own earlier file, left by a
	 * run stopped while sending, is replaced, whole.
	 */
	private void place(Path temporary, Path target, String recipient) throws IOException, MessagingException {
		try {
			try {
				Files.createLink(target, temporary);
			}
			catch (UnsupportedOperationException ex) {
				Files.move(temporary, target);
			}
			return;
		}
		catch (FileAlreadyExistsException ex) {
			String holder = recipientOf(target);
			if (!recipient.equals(holder)) {
				throw new MessagingException(target + " already holds the message to " + holder
						+ "; it is not written over, and the message to " + recipient + " is not sent");
			}
		}
		AtomicFiles.move(temporary, target);
	}

	private String recipientOf(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			Address[] recipients = new MimeMessage(this.session, in).getAllRecipients();
			return (recipients != null && recipients.length > 0 && recipients[0] instanceof InternetAddress address)
					? address.getAddress() : "(no recipient)";
		}
		catch (IOException | MessagingException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
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
