package org.policybriefs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: a command ({@code run} when none is given), the tool's own
 * {@code --name=value} options, and the Spring settings ({@code --spring.*}, {@code --briefs.*},
 * …) passed on to the application context.
 */
public record CommandLine(String command, Map<String, String> options, List<String> springArguments) {

	static final Set<String> COMMANDS = Set.of("run", "validate", "serve", "broker", "worker");

	private static final Map<String, Set<String>> OPTIONS = Map.of("run",
			Set.of("as-of", "input", "output", "brief", "locale", "keep-xhtml", "strict", "max-rejects", "no-distribute"),
			"validate", Set.of("input", "strict", "max-rejects"), "serve", Set.of("input", "output"), "broker",
			Set.of("host", "port", "output"), "worker", Set.of());

	/** Options that may be given without a value, meaning {@code true}. */
	private static final Set<String> FLAGS = Set.of("keep-xhtml", "strict", "no-distribute");

	private static final List<String> SPRING_PREFIXES = List.of("spring.", "briefs.", "server.", "logging.",
			"management.");

	public static CommandLine parse(String... args) {
		String command = "run";
		Map<String, String> options = new LinkedHashMap<>();
		List<String> spring = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
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
			if (FLAGS.contains(name) && !body.contains("=")) {
				options.put(name, "true");
				continue;
			}
			if (!body.contains("=")) {
				throw new UsageException("option --" + name + " needs a value: --" + name + "=VALUE");
			}
			options.put(name, body.substring(body.indexOf('=') + 1));
		}
		for (String name : options.keySet()) {
			if (!OPTIONS.get(command).contains(name)) {
				throw new UsageException("unknown option --" + name + " for '" + command + "'");
			}
		}
		return new CommandLine(command, options, spring);
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(this.options.getOrDefault(name, "false"));
	}

	String option(String name, String defaultValue) {
		return this.options.getOrDefault(name, defaultValue);
	}

	public boolean isServe() {
		return "serve".equals(this.command);
	}

	/** A command that keeps the process running until it is stopped: serve, worker and broker. */
	public boolean isService() {
		return isServe() || "worker".equals(this.command) || "broker".equals(this.command);
	}

	/**
	 * The arguments for the application context: serve mode switches the web application and the
	 * schedule on unless the command line says otherwise.
	 */
	public List<String> contextArguments() {
		List<String> arguments = new ArrayList<>(this.springArguments);
		if (isServe()) {
			addUnlessGiven(arguments, "spring.main.web-application-type", "servlet");
			addUnlessGiven(arguments, "briefs.schedule.enabled", "true");
			this.options.forEach((name, value) -> arguments.add("--briefs.serve." + name + "=" + value));
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

	static String usage() {
		return """
				usage: java -jar target/policy-briefs.jar [run] [--as-of=YYYY-MM-DD] [--input=DIR] [--output=DIR]
				                                            [--brief=LIST] [--locale=en|zh-CN|all] [--keep-xhtml]
				                                            [--strict | --max-rejects=N] [--no-distribute]
				       java -jar target/policy-briefs.jar validate [--input=DIR] [--strict | --max-rejects=N]
				       java -jar target/policy-briefs.jar serve [--input=DIR] [--output=DIR] [--server.port=8080]
				       java -jar target/policy-briefs.jar broker [--host=127.0.0.1] [--port=61616] [--output=DIR]
				       java -jar target/policy-briefs.jar worker --spring.artemis.broker-url=tcp://HOST:61616
				LIST: comma-separated comparative, regions (every regional brief), region:CODE, all
				defaults: --as-of=today --input=input --output=output --brief=all --locale=all""";
	}

	/** A command line that cannot be understood. */
	public static class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
