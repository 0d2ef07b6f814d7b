package org.policybriefs.distribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server on the loopback address that answers {@code 550} to the recipients it is
 * told to refuse and accepts everyone else: the permanent failure GreenMail cannot give. It can
 * also take a message and never answer, so that a client can be killed while it waits.
 */
final class RefusingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread thread;

	private final List<String> delivered = new CopyOnWriteArrayList<>();

	private volatile String refused;

	private volatile String stalled;

	private final List<String> unanswered = new CopyOnWriteArrayList<>();

	RefusingSmtpServer(String refused) {
		this.refused = refused;
		try {
			this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.thread = new Thread(this::serve, "refusing-smtp");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	/** Recipients of the messages accepted so far, one entry per message. */
	List<String> delivered() {
		return this.delivered;
	}

	void refuse(String recipient) {
		this.refused = recipient;
	}

	/**
	 * Takes the whole message for this recipient and then never answers, as a server does when
	 * the connection is cut at the worst moment: the client cannot know whether it went out.
	 */
	void stall(String recipient) {
		this.stalled = recipient;
	}

	/** Recipients whose message was taken whole but never answered. */
	List<String> unanswered() {
		return this.unanswered;
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// closed, or a client that went away: wait for the next
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
		OutputStream out = client.getOutputStream();
		reply(out, "220 localhost ESMTP test");
		String recipient = null;
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO") || command.startsWith("HELO")) {
				reply(out, "250 localhost");
			}
			else if (command.startsWith("MAIL FROM")) {
				reply(out, "250 OK");
			}
			else if (command.startsWith("RCPT TO")) {
				String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
				if (address.equalsIgnoreCase(this.refused)) {
					reply(out, "550 5.1.1 <" + address + ">: mailbox unavailable");
				}
				else {
					recipient = address;
					reply(out, "250 OK");
				}
			}
			else if (command.equals("DATA")) {
				reply(out, "354 end with <CRLF>.<CRLF>");
				while ((line = in.readLine()) != null && !line.equals(".")) {
					// the message itself is not kept
				}
				if (recipient != null && recipient.equalsIgnoreCase(this.stalled)) {
					this.unanswered.add(recipient);
					while (in.readLine() != null) {
						// no answer, until the client goes away
					}
					return;
				}
				this.delivered.add(recipient);
				reply(out, "250 OK queued");
			}
			else if (command.equals("QUIT")) {
				reply(out, "221 bye");
				return;
			}
			else {
				reply(out, "250 OK");
			}
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
