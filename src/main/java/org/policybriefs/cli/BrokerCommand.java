package org.policybriefs.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.policybriefs.broker.EmbeddedBroker;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The {@code broker} command: starts an Artemis broker in this process (no database, no Spring
 * context) and keeps it running until the process is stopped. Its journal lies in
 * {@code OUTPUT/.broker/}.
 */
public final class BrokerCommand {

	private BrokerCommand() {
	}

	/** Runs the broker until the JVM is stopped; returns only when it cannot start. */
	public static int run(CommandLine commandLine, PrintStream out, PrintStream err) {
		String host = commandLine.option("host", "127.0.0.1");
		int port;
		try {
			port = Integer.parseInt(commandLine.option("port", "61616"));
			if (port < 0 || port > 65535) {
				throw new NumberFormatException();
			}
		}
		catch (NumberFormatException ex) {
			err.println("error: --port must be a port number, 0 to 65535 (0: any free port)");
			return BriefCommands.USAGE;
		}
		Path folder = Path.of(commandLine.option("output", "output")).resolve(".broker");
		// the broker says what it does on this console; Artemis' own log lines only when something is wrong
		LoggingSystem logging = LoggingSystem.get(BrokerCommand.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, commandLine.isDebug() ? LogLevel.INFO : LogLevel.WARN);
		EmbeddedBroker broker;
		try {
			broker = EmbeddedBroker.start(host, port, folder);
		}
		catch (Exception ex) {
			err.println("error: the broker could not start on " + host + ":" + port + ": " + ex.getMessage());
			return BriefCommands.FAILED;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				broker.stop();
			}
			catch (Exception ex) {
				// the process ends anyway; the journal is consistent after every commit
			}
			stopped.countDown();
		}, "broker-stop"));
		out.println("broker listening on " + broker.address() + " (journal in " + folder.toAbsolutePath().normalize()
				+ "); workers connect with --spring.artemis.broker-url=" + broker.address());
		try {
			stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return BriefCommands.OK;
	}

}
