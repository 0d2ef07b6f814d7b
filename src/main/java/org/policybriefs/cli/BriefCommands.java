package org.policybriefs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.policybriefs.commentary.BindingsCsv;
import org.policybriefs.commentary.CommentaryException;
import org.policybriefs.commentary.Rebinding;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.ChangesCsv;
import org.policybriefs.editions.EditionRefusedException;
import org.policybriefs.editions.Editions;

import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;
import org.policybriefs.preview.BriefPreview;

import org.springframework.stereotype.Component;

/**
 * Runs a parsed command and returns the process exit code: 0 when the briefs are there (made
 * now or already up to date), 1 when the run failed, 2 when the command line was wrong, 3 when
 * the briefs were published but some deliveries failed, 4 when another run for the date or
 * another process on the output folder is in progress.
 */
@Component
public class BriefCommands {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	public static final int DELIVERY_FAILED = 3;

	public static final int BUSY = 4;

	private final BriefRuns runs;

	private final BriefPreview preview;

	BriefCommands(BriefRuns runs, BriefPreview preview) {
		this.runs = runs;
		this.preview = preview;
	}

	public int execute(CommandLine commandLine, PrintStream out, PrintStream err) {
		try {
			return switch (commandLine.command()) {
				case "changes" -> changes(commandLine, out, err);
				case "rebind" -> rebind(commandLine, out, err);
				case "preview" -> this.preview.serve(commandLine.previewRequest(), out, err);
				case "validate" -> report(this.runs.validate(commandLine.input(), commandLine.flag("strict"),
						commandLine.maxRejects(), commandLine.output()), out, err, "validate");
				default -> report(this.runs.run(commandLine.request()), out, err, "run");
			};
		}
		catch (CommandLine.UsageException ex) {
			err.println(ex.oneLine());
			return USAGE;
		}
	}

	/**
	 * Prints the changes between two published editions as changes.csv has them; exit 2 when either
	 * is missing. It reads the editions' files only, so it needs no application context.
	 */
	public static int changes(CommandLine commandLine, PrintStream out, PrintStream err) {
		Editions editions = new Editions(commandLine.output());
		for (LocalDate date : List.of(commandLine.from(), commandLine.to())) {
			if (!editions.isPublished(date)) {
				err.println("error: no published edition for " + date + " in " + commandLine.output().toAbsolutePath()
						+ " (there are: " + (editions.published().isEmpty() ? "none"
								: String.join(", ", editions.published().stream().map(LocalDate::toString).toList()))
						+ "); give the as-of date of a run that published, and --output if it is not ./output");
				return USAGE;
			}
		}
		EditionChanges changes;
		try {
			changes = editions.compare(commandLine.from(), commandLine.to());
		}
		catch (EditionRefusedException ex) {
			err.println("error: " + ex.getMessage() + "; this edition is not what was published and cannot be compared:"
					+ " compare two other editions (there are: " + String.join(", ",
							editions.published().stream().map(LocalDate::toString).toList()) + ")");
			return FAILED;
		}
		try {
			ChangesCsv.write(changes.changes(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		err.println(changes.changes().size() + " changes from " + changes.from() + " to " + changes.to()
				+ (changes.addedRegions().isEmpty() ? "" : "; regions added: " + String.join(", ", changes.addedRegions()))
				+ (changes.removedRegions().isEmpty() ? ""
						: "; regions removed: " + String.join(", ", changes.removedRegions())));
		return OK;
	}

	/**
	 * Records that passages were re-read against the latest edition's values; exit 2 when a passage or
	 * the edition cannot be found. It reads files only, so it needs no application context.
	 */
	public static int rebind(CommandLine commandLine, PrintStream out, PrintStream err) {
		List<String> done;
		try {
			done = Rebinding.rebind(commandLine.input(), commandLine.output(), commandLine.passages(),
					commandLine.flag("all"));
		}
		catch (CommentaryException ex) {
			err.println("error: " + ex.getMessage());
			return USAGE;
		}
		catch (EditionRefusedException ex) {
			err.println("error: " + ex.getMessage() + "; the latest edition is not what was published");
			return FAILED;
		}
		done.forEach(out::println);
		err.println(done.isEmpty() ? "nothing to rebind: the latest edition lists no stale passage"
				: done.size() + " figure" + ((done.size() == 1) ? "" : "s") + " rebound in "
						+ commandLine.input().resolve("commentary").resolve(BindingsCsv.FILE) + "; the next run no longer lists them");
		return OK;
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
				err.println("error: " + String.join("; ", outcome.problems())
						+ ((outcome.executionId() != null) ? " (run " + outcome.executionId() + ")" : ""));
				return BUSY;
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
				err.println(command + " failed (run " + outcome.executionId() + "); " + ((outcome.published() != null)
						? "publishing into " + outcome.published() + " did not finish: run again to complete it"
						: "nothing was published"));
				return FAILED;
			}
		}
	}

}
