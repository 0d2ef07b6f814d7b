package org.policybriefs.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A lock on an output folder ({@code OUTPUT/.lock}), held while a run writes into it, so that a
 * second process cannot publish into the same folder at the same time. The operating system
 * releases it when the process ends, killed or not, so a crash never leaves it held. Runs of one
 * process (serve mode) share the process's hold on the folder; the lock is let go when the last of
 * them ends.
 */
public final class OutputFolderLock {

	static final String FILE = ".lock";

	/** The folders this process holds, by absolute path, with how many of its runs use each. */
	private static final Map<Path, Held> held = new HashMap<>();

	private OutputFolderLock() {
	}

	/**
	 * Takes the output folder for a run, or says who holds it.
	 * @throws FolderBusyException when another process holds the folder
	 */
	public static Hold acquire(Path output) {
		Path folder = output.toAbsolutePath().normalize();
		synchronized (held) {
			Held current = held.get(folder);
			if (current == null) {
				current = lock(folder);
				held.put(folder, current);
			}
			current.users++;
			return new Hold(folder);
		}
	}

	private static Held lock(Path folder) {
		Path file = folder.resolve(FILE);
		FileChannel channel = null;
		try {
			Files.createDirectories(folder);
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
				channel.close();
				throw new FolderBusyException(folder, holder);
			}
			// who holds it, for the message the other process prints
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n")
				.getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(false);
			return new Held(channel, lock);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Cannot lock the output folder " + folder, ex);
		}
	}

	private static void release(Path folder) {
		synchronized (held) {
			Held current = held.get(folder);
			if (current == null || --current.users > 0) {
				return;
			}
			held.remove(folder);
			try {
				current.lock.release();
			}
			catch (IOException ex) {
				// closing the channel below lets the lock go as well
			}
			closeQuietly(current.channel);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// the lock goes with the process at the latest
			}
		}
	}

	/** One run's use of the folder; closing it lets the folder go when no other run of this process uses it. */
	public static final class Hold implements AutoCloseable {

		private final Path folder;

		private boolean closed;

		private Hold(Path folder) {
			this.folder = folder;
		}

		@Override
		public void close() {
			synchronized (this) {
				if (this.closed) {
					return;
				}
				this.closed = true;
			}
			release(this.folder);
		}

	}

	private static final class Held {

		private final FileChannel channel;

		private final FileLock lock;

		private int users;

		Held(FileChannel channel, FileLock lock) {
			this.channel = channel;
			this.lock = lock;
		}

	}

	/** Another process is running briefs into the folder. */
	public static class FolderBusyException extends RuntimeException {

		FolderBusyException(Path folder, String holder) {
			super("another process is writing into the output folder " + folder
					+ (holder.isEmpty() ? "" : " (" + holder + ")")
					+ "; wait for its run to end, or give this run another --output");
		}

	}

}
