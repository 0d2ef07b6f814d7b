package org.policybriefs.preview;

import java.time.Duration;

/**
 * When a burst of file changes has settled: an editor's save is often several changes within
 * milliseconds (a temporary file written and renamed, a backup, the file truncated and then
 * written), and rendering after the first would show a half-saved file. The burst is due once no
 * change came for {@code quiet}, or {@code longest} after its first change if changes keep coming.
 * Times are {@link System#nanoTime()} readings, given by the caller.
 */
final class SaveBurst {

	private final long quiet;

	private final long longest;

	private boolean pending;

	private long first;

	private long last;

	SaveBurst(Duration quiet, Duration longest) {
		if (quiet.isNegative() || longest.compareTo(quiet) < 0) {
			throw new IllegalArgumentException("the quiet time must be 0 or more and at most the longest wait, not "
					+ quiet.toMillis() + " ms and " + longest.toMillis() + " ms");
		}
		this.quiet = quiet.toNanos();
		this.longest = longest.toNanos();
	}

	/** A file changed at this time. */
	void changed(long now) {
		if (!this.pending) {
			this.pending = true;
			this.first = now;
		}
		this.last = now;
	}

	boolean isPending() {
		return this.pending;
	}

	/** How long to wait for the next change before the burst is due; 0 when due, {@code null} when nothing changed. */
	Duration waitAt(long now) {
		if (!this.pending) {
			return null;
		}
		long due = Math.min(this.last + this.quiet, this.first + this.longest);
		return Duration.ofNanos(Math.max(0, due - now));
	}

	/** Whether the burst is due now; if so it is over, and the next change starts another. */
	boolean takeIfDue(long now) {
		Duration wait = waitAt(now);
		if (wait == null || !wait.isZero()) {
			return false;
		}
		this.pending = false;
		return true;
	}

}
