package org.policybriefs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The application in a JVM of its own, started from a working directory as an operator starts the
 * jar, with the main configuration only (not the tests' database settings), the shipped templates,
 * and its standard output and error kept line by line.
 */
public final class BriefProcess {

	private final Process process;

	private final List<String> out = new CopyOnWriteArrayList<>();

	private final List<String> err = new CopyOnWriteArrayList<>();

	private final List<Thread> readers = new CopyOnWriteArrayList<>();

	private BriefProcess(Process process) {
		this.process = process;
		follow(process.getInputStream(), this.out);
		follow(process.getErrorStream(), this.err);
	}

	/** Starts {@code java PolicyBriefsApplication ARGS} in {@code directory}. */
	public static BriefProcess start(Path directory, String... args) {
		return start(directory, List.of(), args);
	}

	/** Starts {@code java JVM-OPTIONS PolicyBriefsApplication ARGS} in {@code directory}. */
	public static BriefProcess start(Path directory, List<String> jvmOptions, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PolicyBriefsApplication.class.getName()));
		command.addAll(List.of(args));
		command.add("--spring.config.location=classpath:/application.yml");
		if (Stream.of(args).noneMatch((arg) -> arg.startsWith("--briefs.render.templates="))) {
			command.add("--briefs.render.templates=" + Path.of("templates").toAbsolutePath());
		}
		try {
			return new BriefProcess(new ProcessBuilder(command).directory(directory.toFile()).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs to the end and returns the exit code. */
	public int waitFor() {
		try {
			if (!this.process.waitFor(5, TimeUnit.MINUTES)) {
				this.process.destroyForcibly();
				throw new IllegalStateException("the process did not end within 5 minutes:\n" + output());
			}
			// the readers may still be draining the pipes
			await().atMost(Duration.ofSeconds(10)).until(() -> !this.readers.stream().anyMatch(Thread::isAlive));
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until standard output shows a line that matches, or the process ends. */
	public boolean awaitLine(Predicate<String> line) {
		await().atMost(Duration.ofMinutes(3)).until(() -> this.out.stream().anyMatch(line) || !this.process.isAlive());
		return this.out.stream().anyMatch(line);
	}

	/** SIGKILL, as a power cut or the OOM killer would end it. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public long pid() {
		return this.process.pid();
	}

	public List<String> stdout() {
		return List.copyOf(this.out);
	}

	public List<String> stderr() {
		return List.copyOf(this.err);
	}

	/** Both streams, for assertion messages. */
	public String output() {
		return String.join("\n", this.out) + "\n--- stderr ---\n" + String.join("\n", this.err);
	}

	private void follow(java.io.InputStream stream, List<String> lines) {
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				in.lines().forEach(lines::add);
			}
			catch (IOException | UncheckedIOException ex) {
				// the process was killed
			}
		});
		reader.setDaemon(true);
		reader.start();
		this.readers.add(reader);
	}

}
