package org.policybriefs;

import java.util.ArrayList;
import java.util.List;

import org.policybriefs.cli.BriefCommands;
import org.policybriefs.cli.BrokerCommand;
import org.policybriefs.cli.CommandLine;
import org.policybriefs.cli.StartupFailure;
import org.policybriefs.jobs.OutOfMemoryExit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: parses the command, runs it, and exits with its code; {@code serve},
 * {@code worker} and {@code preview} keep running, and {@code broker} and {@code changes} run without the application
 * context at all. Only {@code serve} starts the web application; the other commands start the
 * smaller {@link CommandContext}.
 * A command line that cannot be understood is answered before the application starts; a failure
 * to start is one line on stderr with its cause (the stack trace only with {@code --debug}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyBriefsApplication {

	/** Boot's switch for its background pre-initialisation, which warms up only what serve uses. */
	private static final String NO_BACKGROUND_PREINITIALIZER = "spring.backgroundpreinitializer.ignore";

	public static void main(String[] args) {
		OutOfMemoryExit.install();
		if (CommandLine.asksForHelp(args)) {
			System.out.println(CommandLine.usage());
			System.exit(BriefCommands.OK);
			return;
		}
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (CommandLine.UsageException ex) {
			System.err.println(ex.oneLine());
			System.exit(BriefCommands.USAGE);
			return;
		}
		if ("broker".equals(commandLine.command())) {
			System.exit(BrokerCommand.run(commandLine, System.out, System.err));
			return;
		}
		if ("changes".equals(commandLine.command()) || "rebind".equals(commandLine.command())) {
			// editions' files compared, or passages rebound: nothing of the application is needed
			int code;
			try {
				code = "changes".equals(commandLine.command()) ? BriefCommands.changes(commandLine, System.out, System.err)
						: BriefCommands.rebind(commandLine, System.out, System.err);
			}
			catch (RuntimeException ex) {
				StartupFailure.report(ex, commandLine.isDebug(), System.err);
				code = BriefCommands.FAILED;
			}
			System.exit(code);
			return;
		}
		List<String> arguments = new ArrayList<>(commandLine.contextArguments());
		if (commandLine.isDebug()) {
			arguments.addAll(StartupFailure.DEBUG_LOGGING);
		}
		ConfigurableApplicationContext context;
		try {
			// a command that serves no page starts without the web, security and Actuator configuration,
			// and without Boot warming up Jackson, Tomcat and the HTTP converters on the second core
			Class<?> configuration = commandLine.isServe() ? PolicyBriefsApplication.class : CommandContext.class;
			if (!commandLine.isServe()) {
				// before the application is made: Boot's listener reads the switch when it is constructed
				System.setProperty(NO_BACKGROUND_PREINITIALIZER, "true");
			}
			SpringApplication application = new SpringApplication(configuration);
			if (!commandLine.isServe()) {
				if (!commandLine.isDebug()) {
					// what the context needs after Spring's own classes is loaded on the second core meanwhile
					// (not with --debug, whose log would show that work as if it were the command's)
					application.addListeners(new CommandWarmUp(arguments));
				}
			}
			context = application.run(arguments.toArray(String[]::new));
		}
		catch (RuntimeException | Error ex) {
			StartupFailure.report(ex, commandLine.isDebug(), System.err);
			System.exit(BriefCommands.FAILED);
			return;
		}
		if ("worker".equals(commandLine.command()) && !context.containsBean("render-partition")) {
			System.err.println("error: a worker needs a broker: --spring.artemis.broker-url=tcp://HOST:61616");
			System.exit(SpringApplication.exit(context, () -> BriefCommands.USAGE));
			return;
		}
		if (commandLine.isService()) {
			// the web server or the broker's listener keeps the process alive until it is stopped
			return;
		}
		int code;
		try {
			code = context.getBean(BriefCommands.class).execute(commandLine, System.out, System.err);
		}
		catch (RuntimeException ex) {
			StartupFailure.report(ex, commandLine.isDebug(), System.err);
			code = BriefCommands.FAILED;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

}
