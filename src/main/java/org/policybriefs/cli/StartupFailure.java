package org.policybriefs.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Says in one line why the application could not start or a command broke off: the message of
 * the first cause that is not one of Spring's wrappers ("Templates folder not found: …", "Driver
 * … claims to not accept jdbcUrl …"), rather than a page of nested bean-creation errors.
 */
public final class StartupFailure {

	/** Logging that {@code --debug} turns back on: Spring's own report of a failed start or step, with traces. */
	public static final List<String> DEBUG_LOGGING = List.of(
			"--logging.level.org.springframework.boot.SpringApplication=error",
			"--logging.level.org.springframework.boot.diagnostics=error",
			"--logging.level.org.springframework.batch.core.step.AbstractStep=error",
			"--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=warn",
			"--logging.level.org.springframework.boot.web.server.servlet.context=warn");

	private StartupFailure() {
	}

	public static void report(Throwable failure, boolean debug, PrintStream err) {
		err.println("error: " + cause(failure));
		if (debug) {
			failure.printStackTrace(err);
		}
		else {
			err.println("(run again with --debug for the stack trace)");
		}
	}

	static String cause(Throwable failure) {
		Throwable innermost = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (!cause.getClass().getName().startsWith("org.springframework.") && hasMessage(cause)) {
				return oneLine(cause.getMessage());
			}
			innermost = cause;
		}
		return hasMessage(innermost) ? oneLine(innermost.getMessage()) : innermost.getClass().getSimpleName();
	}

	private static boolean hasMessage(Throwable failure) {
		return failure.getMessage() != null && !failure.getMessage().isBlank();
	}

	private static String oneLine(String message) {
		return message.strip().lines().findFirst().orElse("");
	}

}
