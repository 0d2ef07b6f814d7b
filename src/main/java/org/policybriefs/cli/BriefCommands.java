package org.policybriefs.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.stereotype.Component;

/**
 * Runs a parsed command and returns the process exit code: 0 when the briefs are there (made
 * now or already up to date), 1 when the run failed, 2 when the command line was wrong, 3 when
 * the briefs were published but some deliveries failed.
 */
@Component
public class BriefCommands {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	public static final int DELIVERY_FAILED = 3;

	private final BriefRuns runs;

	BriefCommands(BriefRuns runs) {
		this.runs = runs;
	}

	public int execute(CommandLine commandLine, PrintStream out, PrintStream err) {
		try {
			return switch (commandLine.command()) {
				case "validate" -> report(this.runs.validate(Path.of(commandLine.option("input", "input")),
						strict(commandLine), maxRejects(commandLine)), out, err, "validate");
				default -> report(this.runs.run(request(commandLine)), out, err, "run");
			};
		}
		catch (CommandLine.UsageException ex) {
			err.println("error: " + ex.getMessage());
			err.println(CommandLine.usage());
			return USAGE;
		}
	}

	private static BriefRunRequest request(CommandLine commandLine) {
		LocalDate asOf;
		try {
			asOf = LocalDate.parse(commandLine.option("as-of", LocalDate.now().toString()));
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.UsageException("--as-of must be a date written YYYY-MM-DD");
		}
		List<String> locales = list(commandLine.option("locale", null), BriefRunRequest.DEFAULT_LOCALES);
		try {
			return new BriefRunRequest(asOf, Path.of(commandLine.option("input", "input")),
					Path.of(commandLine.option("output", "output")),
					list(commandLine.option("brief", null), BriefRunRequest.DEFAULT_BRIEFS), locales,
					commandLine.flag("keep-xhtml"), strict(commandLine), maxRejects(commandLine),
					!commandLine.flag("no-distribute"), BriefRunRequest.Trigger.COMMAND_LINE);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.UsageException("--brief or --locale: " + ex.getMessage());
		}
	}

	private static boolean strict(CommandLine commandLine) {
		String strict = commandLine.option("strict", "false");
		if (!strict.equals("true") && !strict.equals("false")) {
			throw new CommandLine.UsageException("--strict takes no value (or true/false)");
		}
		return Boolean.parseBoolean(strict);
	}

	private static long maxRejects(CommandLine commandLine) {
		String value = commandLine.option("max-rejects", null);
		if (value == null) {
			return BriefRunRequest.NO_REJECT_LIMIT;
		}
		try {
			long maxRejects = Long.parseLong(value);
			if (maxRejects >= 0) {
				return maxRejects;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new CommandLine.UsageException("--max-rejects must be a whole number, 0 or more");
	}

	private static List<String> list(String value, List<String> defaults) {
		return (value == null) ? defaults : Arrays.stream(value.split(",")).map(String::strip).toList();
	}

	private static int report(RunOutcome outcome, PrintStream out, PrintStream err, String command) {
		switch (outcome.status()) {
			case UP_TO_DATE -> {
				out.println("up to date: the briefs for this as-of date were already made from the same input"
						+ " (run " + outcome.executionId() + ")");
				outcome.files().forEach(out::println);
				return OK;
			}
			case COMPLETED -> {
				if ("validate".equals(command)) {
					out.println("valid: the input can be run");
				}
				outcome.files().forEach(out::println);
				return OK;
			}
			case ALREADY_RUNNING -> {
				err.println("error: " + String.join("; ", outcome.problems()) + " (run " + outcome.executionId() + ")");
				return FAILED;
			}
			case DELIVERY_FAILED -> {
				outcome.files().forEach(out::println);
				outcome.problems().forEach((problem) -> err.println("error: " + problem));
				err.println("the briefs were published, but some deliveries failed (run " + outcome.executionId()
						+ "); run again to retry them");
				return DELIVERY_FAILED;
			}
			default -> {
				outcome.problems().forEach((problem) -> err.println("error: " + problem));
				err.println(command + " failed (run " + outcome.executionId() + "); nothing was published");
				return FAILED;
			}
		}
	}

}
