package org.policybriefs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.JobDatabaseLocation;
import org.policybriefs.preview.PreviewRequest;

/**
 * The parsed command line: a command ({@code run} when none is given), the tool's own
 * {@code --name=value} options, and the Spring settings ({@code --spring.*}, {@code --briefs.*},
 * …) passed on to the application context. Every option is checked here, before Spring starts,
 * so that a typing mistake is answered at once.
 */
public record CommandLine(String command, Map<String, String> options, List<String> springArguments,
		List<String> arguments) {

	static final Set<String> COMMANDS = Set.of("run", "validate", "serve", "changes", "broker", "worker", "rebind",
			"preview");

	private static final Map<String, Set<String>> OPTIONS = Map.of("rebind", Set.of("input", "output", "all", "debug"), "run",
			Set.of("as-of", "input", "output", "brief", "locale", "keep-xhtml", "strict", "max-rejects", "no-distribute",
					"since", "new-series", "debug"),
			"validate", Set.of("input", "output", "strict", "max-rejects", "debug"), "serve", Set.of("input", "output", "debug"),
			"changes", Set.of("from", "to", "output", "debug"), "broker", Set.of("host", "port", "output", "debug"),
			"worker", Set.of("debug"), "preview", Set.of("input", "brief", "locale", "as-of", "port", "debug"));

	/** Options that may be given without a value, meaning {@code true}. */
	private static final Set<String> FLAGS = Set.of("keep-xhtml", "strict", "no-distribute", "new-series", "debug", "all");

	private static final List<String> SPRING_PREFIXES = List.of("spring.", "briefs.", "server.", "logging.",
			"management.");

	private static final String DATASOURCE = "spring.datasource.url";

	/** {@code help}, {@code --help} or {@code -h} anywhere on the command line: the usage on stdout. */
	public static boolean asksForHelp(String... args) {
		return Arrays.stream(args).anyMatch((arg) -> arg.equals("--help") || arg.equals("-h"))
				|| (args.length > 0 && "help".equals(args[0]));
	}

	public static CommandLine parse(String... args) {
		String command = "run";
		Map<String, String> options = new LinkedHashMap<>();
		List<String> spring = new ArrayList<>();
		List<String> arguments = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--") && i > 0 && "rebind".equals(command)) {
				// the passages rebind names, FILE:LINE
				arguments.add(arg);
				continue;
			}
			if (!arg.startsWith("--")) {
				if (i != 0 || !COMMANDS.contains(arg)) {
					throw new UsageException("unknown command '" + arg + "'");
				}
				command = arg;
				continue;
			}
			String body = arg.substring(2);
			String name = body.contains("=") ? body.substring(0, body.indexOf('=')) : body;
			if (SPRING_PREFIXES.stream().anyMatch(name::startsWith)) {
				spring.add(arg);
				continue;
			}
			if (!OPTIONS.get(command).contains(name)) {
				throw new UsageException("unknown option --" + name + " for '" + command + "'");
			}
			if (FLAGS.contains(name) && !body.contains("=")) {
				options.put(name, "true");
				continue;
			}
			if (!body.contains("=")) {
				throw new UsageException("option --" + name + " needs a value: --" + name + "=VALUE");
			}
			options.put(name, body.substring(body.indexOf('=') + 1));
		}
		CommandLine commandLine = new CommandLine(command, options, spring, List.copyOf(arguments));
		commandLine.checkValues();
		return commandLine;
	}

	/** Reads every option once, so that a bad value is a usage error now rather than after start-up. */
	private void checkValues() {
		FLAGS.forEach(this::flag);
		maxRejects();
		if ("run".equals(this.command)) {
			request();
			if (this.options.containsKey("since")) {
				date("since");
				if (flag("new-series")) {
					throw new UsageException("--since and --new-series exclude each other: compare with one edition,"
							+ " or with none");
				}
			}
		}
		if ("changes".equals(this.command)) {
			from();
			to();
		}
		if ("rebind".equals(this.command) && (this.arguments.isEmpty() == !flag("all"))) {
			throw new UsageException("rebind needs the passages as FILE:LINE, or --all for every stale passage (not both)");
		}
		if ("preview".equals(this.command)) {
			previewRequest();
		}
	}

	/** The earlier edition {@code changes} compares. */
	LocalDate from() {
		return date("from");
	}

	/** The later edition {@code changes} compares. */
	LocalDate to() {
		return date("to");
	}

	private LocalDate date(String name) {
		String value = option(name, null);
		if (value == null) {
			throw new UsageException("changes needs --from=YYYY-MM-DD and --to=YYYY-MM-DD: the as-of dates of two"
					+ " published editions");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("--" + name + " must be a date written YYYY-MM-DD");
		}
	}

	boolean flag(String name) {
		String value = this.options.getOrDefault(name, "false");
		if (!value.equals("true") && !value.equals("false")) {
			throw new UsageException("--" + name + " takes no value (or true/false)");
		}
		return Boolean.parseBoolean(value);
	}

	String option(String name, String defaultValue) {
		return this.options.getOrDefault(name, defaultValue);
	}

	/** The passages {@code rebind} names, {@code FILE:LINE}. */
	List<String> passages() {
		return this.arguments;
	}

	Path input() {
		return Path.of(option("input", "input"));
	}

	Path output() {
		return Path.of(option("output", "output"));
	}

	public boolean isServe() {
		return "serve".equals(this.command);
	}

	/** A command that keeps the process running until it is stopped: serve, worker and broker. */
	public boolean isService() {
		return isServe() || "worker".equals(this.command) || "broker".equals(this.command);
	}

	/** With {@code --debug} a failure is printed with its stack trace, not only its one-line cause. */
	public boolean isDebug() {
		return flag("debug");
	}

	/** What {@code run} asks for. */
	BriefRunRequest request() {
		LocalDate asOf;
		try {
			asOf = BriefRunRequest.asOf(option("as-of", LocalDate.now().toString()));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--as-of must be a date written YYYY-MM-DD");
		}
		try {
			return new BriefRunRequest(asOf, input(), output(), list(option("brief", null), BriefRunRequest.DEFAULT_BRIEFS),
					list(option("locale", null), BriefRunRequest.DEFAULT_LOCALES), flag("keep-xhtml"), flag("strict"),
					maxRejects(), !flag("no-distribute"), BriefRunRequest.Trigger.COMMAND_LINE);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--brief or --locale: " + ex.getMessage());
		}
	}

	/** What {@code preview} shows: by default the comparative brief and every regional one, in every locale, as of today. */
	PreviewRequest previewRequest() {
		BriefRunRequest request = request();
		String port = option("port", "0");
		if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
			throw new UsageException("--port must be a port number, 0 to 65535 (0: any free port)");
		}
		return new PreviewRequest(request.input(), request.briefs(), request.locales(), request.asOf(),
				Integer.parseInt(port));
	}

	long maxRejects() {
		String value = option("max-rejects", null);
		if (value == null) {
			return BriefRunRequest.NO_REJECT_LIMIT;
		}
		if (value.matches("[0-9]{1,18}")) {
			return Long.parseLong(value);
		}
		throw new UsageException("--max-rejects must be a whole number, 0 or more");
	}

	private static List<String> list(String value, List<String> defaults) {
		return (value == null) ? defaults : Arrays.stream(value.split(",")).map(String::strip).toList();
	}

	/**
	 * The arguments for the application context: serve mode switches the web application and the
	 * schedule on unless the command line says otherwise; the job database lives under the output
	 * folder ({@code OUTPUT/.db/}) unless a datasource is given; {@code validate}, which keeps no
	 * history, uses a temporary file database deleted when the process ends, and {@code changes} one in memory.
	 */
	public List<String> contextArguments() {
		List<String> arguments = new ArrayList<>(this.springArguments);
		if (isServe()) {
			addUnlessGiven(arguments, "spring.main.web-application-type", "servlet");
			addUnlessGiven(arguments, "briefs.schedule.enabled", "true");
			addUnlessGiven(arguments, "briefs.runs.recovery", "true");
			this.options.forEach((name, value) -> {
				if (!"debug".equals(name)) {
					arguments.add("--briefs.serve." + name + "=" + value);
				}
			});
		}
		else if ("validate".equals(this.command)) {
			// a file, not memory: the checks load every row, and a million rows must fit in a small heap
			addUnlessGiven(arguments, DATASOURCE, "jdbc:h2:file:" + ScratchDatabase.create() + ";DB_CLOSE_DELAY=-1");
		}
		else if ("changes".equals(this.command)) {
			addUnlessGiven(arguments, DATASOURCE, "jdbc:h2:mem:validate;DB_CLOSE_DELAY=-1");
		}
		else if ("preview".equals(this.command)) {
			// memory: each refresh's data is read into the briefs and deleted at once; no history is kept
			addUnlessGiven(arguments, DATASOURCE, "jdbc:h2:mem:preview;DB_CLOSE_DELAY=-1");
			// the steps' counts would be printed again at every save: preview prints one line per refresh
			addUnlessGiven(arguments, "logging.level.org.policybriefs", "warn");
		}
		else if (this.options.containsKey("output")) {
			arguments.add("--" + JobDatabaseLocation.OUTPUT + "=" + output());
		}
		// which edition this run compares with, when the one before it was refused
		if ("run".equals(this.command) && this.options.containsKey("since")) {
			arguments.add("--briefs.editions.since=" + option("since", null));
		}
		if ("run".equals(this.command) && flag("new-series")) {
			arguments.add("--briefs.editions.new-series=true");
		}
		if ("worker".equals(this.command)) {
			addUnlessGiven(arguments, "briefs.workers.enabled", "true");
		}
		return arguments;
	}

	private static void addUnlessGiven(List<String> arguments, String name, String value) {
		if (arguments.stream().noneMatch((argument) -> argument.startsWith("--" + name + "="))) {
			arguments.add("--" + name + "=" + value);
		}
	}

	public static String usage() {
		return """
				usage: java -jar target/policy-briefs.jar [run] [--as-of=YYYY-MM-DD] [--input=DIR] [--output=DIR]
				                                            [--brief=LIST] [--locale=en|zh-CN|all] [--keep-xhtml]
				                                            [--strict | --max-rejects=N] [--no-distribute] [--debug]
				                                            [--since=YYYY-MM-DD | --new-series]
				       java -jar target/policy-briefs.jar validate [--input=DIR] [--output=DIR] [--strict | --max-rejects=N]
				       java -jar target/policy-briefs.jar rebind [--input=DIR] [--output=DIR] FILE:LINE ... | --all
				       java -jar target/policy-briefs.jar serve [--input=DIR] [--output=DIR] [--server.port=8080]
				       java -jar target/policy-briefs.jar preview [--input=DIR] [--brief=LIST] [--locale=en|zh-CN|all]
				                                                [--as-of=YYYY-MM-DD] [--port=0]
				       java -jar target/policy-briefs.jar changes --from=YYYY-MM-DD --to=YYYY-MM-DD [--output=DIR]
				       java -jar target/policy-briefs.jar broker [--host=127.0.0.1] [--port=61616] [--output=DIR]
				       java -jar target/policy-briefs.jar worker --spring.artemis.broker-url=tcp://HOST:61616
				LIST: comma-separated comparative, regions (every regional brief), region:CODE, all
				defaults: --as-of=today --input=input --output=output --brief=all --locale=all
				--since: compare with that published edition instead of the latest earlier one; --new-series: with none
				rebind: the passages were re-read against the latest edition's values (input/commentary/bindings.csv)
				preview: serves the briefs on 127.0.0.1 at an address with a token (printed), made again when a file of
				         the input or templates changes; --port=0 takes any free port""";
	}

	/** A command line that cannot be understood. */
	public static class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

		/** What the operator reads on stderr: the mistake, and where the usage is, in one line. */
		public String oneLine() {
			return "error: " + getMessage() + " (usage: java -jar policy-briefs.jar --help)";
		}

	}

}
