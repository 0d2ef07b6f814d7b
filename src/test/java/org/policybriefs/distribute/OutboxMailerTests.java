package org.policybriefs.distribute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The outbox keeps every recipient's message apart: one file name per exact address, and a file
 * that holds another recipient's message is never written over.
 */
class OutboxMailerTests {

	@TempDir
	Path outbox;

	@Test
	void plainAddressesKeepTheirReadableName() {
		assertThat(OutboxMailer.fileName("analyst.one@example.org")).isEqualTo("analyst.one@example.org.eml");
	}

	@Test
	void addressesOneCharacterApartGetFileNamesOfTheirOwn() {
		List<String> addresses = List.of("a+b@example.org", "a_b@example.org", "a%b@example.org", "a'b@example.org",
				"A_b@example.org", "a_b@example.org~x");
		List<String> names = addresses.stream().map(OutboxMailer::fileName).toList();
		assertThat(names).doesNotHaveDuplicates().allSatisfy((name) -> assertThat(name).matches("[a-z0-9@._~-]+\\.eml"));
		assertThat(OutboxMailer.fileName("a+b@example.org")).startsWith("a_b@example.org~");
	}

	@Test
	void theSameRecipientsFileIsWrittenAgainWhole() throws Exception {
		OutboxMailer mailer = new OutboxMailer(this.outbox);
		mailer.send(message(mailer, "ada@example.org", "first"));
		mailer.send(message(mailer, "ada@example.org", "second"));

		assertThat(files()).containsExactly("ada@example.org.eml");
		assertThat(Files.readString(this.outbox.resolve("ada@example.org.eml"))).contains("second");
	}

	@Test
	void aFileHoldingAnotherRecipientsMessageIsNeverWrittenOver() throws Exception {
		OutboxMailer mailer = new OutboxMailer(this.outbox);
		String taken = OutboxMailer.fileName("a+b@example.org");
		mailer.send(message(mailer, "bo@example.org", "bo's"));
		Files.move(this.outbox.resolve("bo@example.org.eml"), this.outbox.resolve(taken));

		assertThatExceptionOfType(MessagingException.class)
			.isThrownBy(() -> mailer.send(message(mailer, "a+b@example.org", "theirs")))
			.withMessageContaining("already holds the message to bo@example.org");
		assertThat(files()).containsExactly(taken);
		assertThat(Files.readString(this.outbox.resolve(taken))).contains("bo's");
	}

	private List<String> files() throws Exception {
		try (Stream<Path> files = Files.list(this.outbox)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static MimeMessage message(OutboxMailer mailer, String to, String text) throws MessagingException {
		MimeMessage message = mailer.createMessage();
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setFrom(new InternetAddress("briefs@example.org"));
		message.setSubject("Briefs");
		message.setText(text);
		return message;
	}

}
