package org.policybriefs;

import java.util.ArrayList;
import java.util.List;

import org.policybriefs.cli.BriefCommands;
import org.policybriefs.cli.CommandLine;
import org.policybriefs.cli.StartupFailure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: parses the command, runs it, and exits with its code; {@code serve} keeps running.
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
		if (commandLine.isServe()) {
			// the web server keeps the process alive until it is stopped
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
