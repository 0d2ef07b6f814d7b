package org.policybriefs;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * A Logback appender for kill tests: when the process logs the n-th message matching a pattern
 * (system properties {@code kill.at} and {@code kill.count}, default 1), it has itself killed with
 * SIGKILL on the spot, in the thread that logged, before that thread does anything else. Log lines
 * mark the moments of a run (a step starting, a file moved into place, a message about to go), so
 * a kill can land at each of them in turn, not wherever a timer happens to fall.
 */
public class KillAtLogLine extends AppenderBase<ILoggingEvent> {

	private final Pattern pattern = Pattern.compile(System.getProperty("kill.at", "(?!)"));

	private final int count = Integer.getInteger("kill.count", 1);

	private final AtomicInteger seen = new AtomicInteger();

	@Override
	protected void append(ILoggingEvent event) {
		if (!this.pattern.matcher(event.getFormattedMessage()).find() || this.seen.incrementAndGet() != this.count) {
			return;
		}
		System.out.println("KILLED AT: " + event.getFormattedMessage());
		System.out.flush();
		try {
			new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).inheritIO().start();
			// SIGKILL ends the process while this thread waits: nothing after the matched line runs here
			Thread.sleep(60_000);
		}
		catch (IOException | InterruptedException ex) {
			Runtime.getRuntime().halt(137);
		}
		Runtime.getRuntime().halt(137);
	}

}
