package org.policybriefs.jobs;

/**
 * Ends the process at once, non-zero, when the heap runs out, with one line saying so. Without
 * it a thread that dies of OutOfMemoryError (a lease renewal, a connection pool's) leaves the
 * others waiting for it and the process hanging; nothing after an OutOfMemoryError can be
 * trusted to finish, so the process is halted rather than shut down. (The same as the JVM's
 * {@code -XX:+ExitOnOutOfMemoryError}, which a jar cannot set for itself.)
 */
public final class OutOfMemoryExit {

	/** The exit code of a process halted for want of heap: FAILED, as a failed run's. */
	public static final int CODE = 1;

	private OutOfMemoryExit() {
	}

	/** Halts on an OutOfMemoryError that no one catches, in any thread. */
	public static void install() {
		Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
		Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
			haltIfOutOfMemory(failure);
			if (previous != null) {
				previous.uncaughtException(thread, failure);
			}
			else {
				failure.printStackTrace();
			}
		});
	}

	/** Halts when the failure is, or was caused by, an OutOfMemoryError; returns otherwise. */
	public static void haltIfOutOfMemory(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof OutOfMemoryError) {
				// no logging framework: it may need memory that is not there
				System.err.println("error: out of memory (" + cause.getMessage() + "); nothing was published by this"
						+ " process's unfinished run: give Java more heap (-Xmx) and run again");
				System.err.flush();
				Runtime.getRuntime().halt(CODE);
			}
		}
	}

}
