package org.policybriefs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Processes of the built jar ({@code java -jar target/policy-briefs.jar ...}), started by a test
 * on 127.0.0.1, their output kept line by line. Closing kills every one of them and their
 * children, also when the test failed; a JVM that ends first kills them on its way out.
 */
public final class JarProcesses implements AutoCloseable {

	static final Path JAR = Path.of("target", "policy-briefs.jar");

	private final List<Running> started = new CopyOnWriteArrayList<>();

	private final Thread onExit = new Thread(this::close, "kill-jar-processes");

	public JarProcesses() {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: these tests run in mvn verify, after the jar is packaged");
		}
		Runtime.getRuntime().addShutdownHook(this.onExit);
	}

	/** Starts {@code java -jar} with the arguments, in the project folder (where templates/ is). */
	public Running start(String name, List<String> arguments) {
		return start(name, List.of(), arguments);
	}

	/** Starts {@code java JVM-OPTIONS -jar} with the arguments, in the project folder. */
	public Running start(String name, List<String> jvmOptions, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", JAR.toString()));
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			Running running = new Running(name, process, new CopyOnWriteArrayList<>());
			Thread reader = new Thread(() -> running.read(), name + "-output");
			reader.setDaemon(true);
			reader.start();
			this.started.add(running);
			return running;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A port that was free a moment ago, for a process that cannot bind port 0 and say which it got. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		for (Running running : this.started) {
			running.kill();
		}
		this.started.clear();
		try {
			Runtime.getRuntime().removeShutdownHook(this.onExit);
		}
		catch (IllegalStateException ex) {
			// already on the way out: the hook is this call
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** One process and what it printed so far. */
	public record Running(String name, Process process, List<String> lines) {

		private void read() {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				reader.lines().forEach(this.lines::add);
			}
			catch (IOException | UncheckedIOException ex) {
				// the process was killed
			}
		}

		/** Waits until the process printed a matching line; fails with its output if it ended first. */
		public String awaitLine(Predicate<String> line, Duration atMost) {
			long deadline = System.nanoTime() + atMost.toNanos();
			while (true) {
				for (String printed : this.lines) {
					if (line.test(printed)) {
						return printed;
					}
				}
				if (!this.process.isAlive() && this.lines.stream().noneMatch(line)) {
					throw new AssertionError(this.name + " ended (exit " + this.process.exitValue() + "):\n" + output());
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError(this.name + " printed no such line within " + atMost + ":\n" + output());
				}
				sleep(Duration.ofMillis(200));
			}
		}

		/** Waits for the process to end and returns its exit code. */
		public int awaitExit(Duration atMost) {
			try {
				if (!this.process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
					throw new AssertionError(this.name + " did not end within " + atMost + ":\n" + output());
				}
				return this.process.exitValue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}

		/** The lines printed so far that match. */
		public List<String> linesMatching(Predicate<String> line) {
			return this.lines.stream().filter(line).toList();
		}

		public String output() {
			return String.join("\n", this.lines);
		}

		/** SIGKILL to the process and its children, and waits for it to be gone. */
		public void kill() {
			this.process.descendants().forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
