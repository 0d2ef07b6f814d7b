package org.policybriefs.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One run of the briefs job, typed: what the command line, the schedule or the web asked for and
 * where it goes. Converted from and to the job's parameters here and only here, so no stage reads a
 * parameter by its name or parses the as-of date again.
 *
 * @param asOf the as-of date of the briefs
 * @param fingerprint the input fingerprint (SHA-256 of the input files)
 * @param briefs the brief selection ({@code comparative}, {@code region:GZ}, {@code all}, …)
 * @param locales the locales to render
 * @param keepXhtml whether the XHTML is published beside the PDFs
 * @param distribute whether the briefs are delivered
 * @param input the checked input
 * @param output the output folder (an as-of folder per date below it)
 * @param staging the folder the run's files are made in before they are published
 * @param trigger who asked: the command line, the schedule, the web
 * @param repairs the job instance whose publication this run repairs, or {@code null}
 */
public record BriefRun(LocalDate asOf, String fingerprint, List<String> briefs, List<String> locales, boolean keepXhtml,
		boolean distribute, RunInput input, Path output, Path staging, String trigger, Long repairs) {

	private static final String AS_OF = "asOf";

	private static final String FINGERPRINT = "fingerprint";

	private static final String BRIEFS = "briefs";

	private static final String LOCALES = "locales";

	private static final String KEEP_XHTML = "keepXhtml";

	private static final String DISTRIBUTE = "distribute";

	private static final String OUTPUT = "output";

	private static final String STAGING = "staging";

	private static final String TRIGGER = "trigger";

	private static final String REPAIRS = "repairs";

	private static final String INPUT = "input";

	private static final String STRICT = "strict";

	private static final String MAX_REJECTS = "maxRejects";

	private static final String CHECKED_AT = "checkedAt";

	public BriefRun {
		briefs = List.copyOf(briefs);
		locales = List.copyOf(locales);
	}

	/** The run the parameters of a briefs job describe. */
	public static BriefRun of(JobParameters parameters) {
		return new BriefRun(LocalDate.parse(required(parameters, AS_OF)), parameters.getString(FINGERPRINT),
				list(required(parameters, BRIEFS)), list(required(parameters, LOCALES)),
				Boolean.parseBoolean(parameters.getString(KEEP_XHTML)),
				Boolean.parseBoolean(parameters.getString(DISTRIBUTE)), RunInput.of(parameters),
				Path.of(required(parameters, OUTPUT)), Path.of(required(parameters, STAGING)),
				parameters.getString(TRIGGER), parameters.getLong(REPAIRS));
	}

	/** Whether the parameters are those of a briefs run (a check of the input has no as-of date). */
	public static boolean describes(JobParameters parameters) {
		return parameters.getString(AS_OF) != null && parameters.getString(OUTPUT) != null;
	}

	/**
	 * The job parameters of this run. The identifying ones are the as-of date, the input fingerprint,
	 * the brief selection, the locales, the output folder, the reject policy, whether to deliver and
	 * the run repaired, so the same request on unchanged data is recognised as up to date.
	 */
	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString(AS_OF, this.asOf.toString())
			.addString(FINGERPRINT, this.fingerprint)
			.addString(BRIEFS, String.join(",", this.briefs))
			.addString(LOCALES, String.join(",", this.locales))
			.addString(KEEP_XHTML, Boolean.toString(this.keepXhtml))
			.addString(STRICT, Boolean.toString(this.input.strict()))
			.addLong(MAX_REJECTS, this.input.maxRejects())
			.addString(DISTRIBUTE, Boolean.toString(this.distribute))
			.addString(INPUT, this.input.folder().toString(), false)
			// a different output folder is a different publication, so it is part of the identity too
			.addString(OUTPUT, this.output.toString())
			.addString(STAGING, this.staging.toString(), false)
			.addString(TRIGGER, this.trigger, false);
		if (this.repairs != null) {
			builder.addLong(REPAIRS, this.repairs);
		}
		return builder.toJobParameters();
	}

	/** The same run repairing the publication of a job instance. */
	public BriefRun repairing(long instance) {
		return new BriefRun(this.asOf, this.fingerprint, this.briefs, this.locales, this.keepXhtml, this.distribute,
				this.input, this.output, this.staging, this.trigger, instance);
	}

	/** The as-of folder the run publishes into. */
	public Path published() {
		return this.output.resolve(this.asOf.toString());
	}

	/** The job parameters of a check of the input that compares commentary with no edition. */
	public static JobParameters check(RunInput input, String fingerprint, String checkedAt) {
		return check(input, fingerprint, checkedAt, null);
	}

	/**
	 * The job parameters of a check of the input: never the same job instance twice, so every check
	 * runs. {@code output} is the folder whose editions the commentary is compared with; null for none.
	 */
	public static JobParameters check(RunInput input, String fingerprint, String checkedAt, Path output) {
		JobParametersBuilder builder = new JobParametersBuilder();
		if (output != null) {
			builder.addString(OUTPUT, output.toString(), false);
		}
		return builder.addString(FINGERPRINT, fingerprint)
			.addString(CHECKED_AT, checkedAt)
			.addString(INPUT, input.folder().toString(), false)
			.addString(STRICT, Boolean.toString(input.strict()), false)
			.addLong(MAX_REJECTS, input.maxRejects(), false)
			.toJobParameters();
	}

	/** The output folder of a run, or the one a check compares commentary with; null when a check names none. */
	public static Path outputOf(JobParameters parameters) {
		String output = parameters.getString(OUTPUT);
		return (output != null) ? Path.of(output) : null;
	}

	/** The as-of date of a run; null for a check of the input. */
	public static LocalDate asOfOf(JobParameters parameters) {
		String asOf = parameters.getString(AS_OF);
		return (asOf != null) ? LocalDate.parse(asOf) : null;
	}

	private static String required(JobParameters parameters, String name) {
		String value = parameters.getString(name);
		if (value == null) {
			throw new IllegalArgumentException("Not the parameters of a briefs run: no '" + name + "' in " + parameters);
		}
		return value;
	}

	private static List<String> list(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	/**
	 * The input of a run or of a check, and how strictly it is taken.
	 *
	 * @param folder the input folder
	 * @param strict whether one rejected row fails the run
	 * @param maxRejects how many rejected rows a run accepts
	 */
	public record RunInput(Path folder, boolean strict, long maxRejects) {

		static RunInput of(JobParameters parameters) {
			Long maxRejects = parameters.getLong(MAX_REJECTS);
			return new RunInput(Path.of(required(parameters, INPUT)), Boolean.parseBoolean(parameters.getString(STRICT)),
					(maxRejects != null) ? maxRejects : Long.MAX_VALUE);
		}

	}

}
