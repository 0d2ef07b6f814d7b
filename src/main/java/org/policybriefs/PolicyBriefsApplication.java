package org.policybriefs;

import java.util.ArrayList;
import java.util.List;

import org.policybriefs.cli.BriefCommands;
import org.policybriefs.cli.BrokerCommand;
import org.policybriefs.cli.CommandLine;
import org.policybriefs.cli.StartupFailure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: parses the command, runs it, and exits with its code; {@code serve} and
 * {@code worker} keep running, and {@code broker} runs without the application at all.
 * A command line that cannot be understood is answered before the application starts; a failure
 * to start is one line on stderr with its cause (the stack trace only with {@code --debug}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyBriefsApplication {

	public static void main(String[] args) {
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (CommandLine.UsageException ex) {
			System.err.println("error: " + ex.getMessage());
			System.err.println(CommandLine.usage());
			System.exit(BriefCommands.USAGE);
			return;
		}
		if ("broker".equals(commandLine.command())) {
			System.exit(BrokerCommand.run(commandLine, System.out, System.err));
			return;
		}
		List<String> arguments = new ArrayList<>(commandLine.contextArguments());
		if (commandLine.isDebug()) {
			arguments.addAll(StartupFailure.DEBUG_LOGGING);
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplication(PolicyBriefsApplication.class).run(arguments.toArray(String[]::new));
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
