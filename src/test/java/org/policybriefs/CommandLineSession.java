package org.policybriefs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.policybriefs.cli.BriefCommands;
import org.policybriefs.cli.CommandLine;

/**
 * Runs commands as an operator types them, on a test workspace's input and output folders, and
 * keeps what they print.
 */
public final class CommandLineSession {

	private final BriefCommands commands;

	private final BriefWorkspace workspace;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	public CommandLineSession(BriefCommands commands, BriefWorkspace workspace) {
		this.commands = commands;
		this.workspace = workspace;
	}

	/** Runs the command with the given options plus the workspace's folders; returns the exit code. */
	public int execute(String command, String... options) {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(List.of(options));
		if (!"changes".equals(command)) {
			args.add("--input=" + this.workspace.input());
		}
		if (!"validate".equals(command)) {
			args.add("--output=" + this.workspace.output());
		}
		try {
			return this.commands.execute(CommandLine.parse(args.toArray(String[]::new)),
					new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8));
		}
		catch (CommandLine.UsageException ex) {
			this.err.writeBytes(ex.getMessage().getBytes(StandardCharsets.UTF_8));
			return BriefCommands.USAGE;
		}
	}

	/** Forgets what was printed so far, so the next command's output can be read alone. */
	public void clear() {
		this.out.reset();
		this.err.reset();
	}

	public String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	public String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
