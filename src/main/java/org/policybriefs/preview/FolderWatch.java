package org.policybriefs.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Watches folders and every folder below them (a new one too) with the file system's own
 * notifications, and calls back once per settled burst of changes ({@link SaveBurst}), on its
 * own thread: a change made while the callback runs starts the next burst, so the last save is
 * always rendered. Editors' leftovers (names starting with a dot or ending with {@code ~}) are
 * not changes of the input.
 */
final class FolderWatch implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(FolderWatch.class);

	private final WatchService service;

	private final Map<WatchKey, Path> folders = new HashMap<>();

	private final SaveBurst burst;

	private final Runnable settled;

	private final Thread thread;

	FolderWatch(List<Path> roots, SaveBurst burst, Runnable settled) {
		this.burst = burst;
		this.settled = settled;
		try {
			this.service = FileSystems.getDefault().newWatchService();
			for (Path root : roots) {
				registerTree(root);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot watch " + roots + " for changes: " + ex.getMessage(), ex);
		}
		this.thread = new Thread(this::watch, "preview-watch");
		this.thread.setDaemon(true);
	}

	void start() {
		this.thread.start();
	}

	/** A name that is no file of the input or templates: an editor's swap, backup or lock file. */
	static boolean isEditorLeftover(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") || name.endsWith("~");
	}

	private void watch() {
		try {
			while (true) {
				Duration wait = this.burst.waitAt(System.nanoTime());
				WatchKey key = (wait == null) ? this.service.take()
						: this.service.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
				if (key != null) {
					collect(key);
				}
				if (this.burst.takeIfDue(System.nanoTime())) {
					settled();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			// closed: the preview stops
		}
	}

	/** The callback, whose failure is reported and does not end the watch: the next save tries again. */
	private void settled() {
		try {
			this.settled.run();
		}
		catch (RuntimeException ex) {
			logger.warn("preview could not make the briefs again: " + ex.getMessage(), ex);
		}
	}

	private void collect(WatchKey key) {
		Path folder = this.folders.get(key);
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
				// too many changes to list: something changed
				this.burst.changed(System.nanoTime());
				continue;
			}
			Path changed = folder.resolve((Path) event.context());
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
					&& Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
				registerQuietly(changed);
			}
			if (!isEditorLeftover(changed)) {
				this.burst.changed(System.nanoTime());
			}
		}
		if (!key.reset()) {
			this.folders.remove(key);
		}
	}

	private void registerQuietly(Path folder) {
		try {
			registerTree(folder);
		}
		catch (IOException ex) {
			logger.warn("cannot watch " + folder + " for changes: " + ex.getMessage());
		}
	}

	private void registerTree(Path root) throws IOException {
		try (Stream<Path> tree = Files.walk(root)) {
			for (Path folder : tree.filter((path) -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
				WatchKey key = folder.register(this.service, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
				this.folders.put(key, folder);
			}
		}
	}

	@Override
	public void close() {
		try {
			this.service.close();
		}
		catch (IOException ex) {
			// the watch ends with the process anyway
		}
	}

}
