package org.policybriefs;

import org.policybriefs.cli.BriefCommands;
import org.policybriefs.cli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: parses the command, runs it, and exits with its code; {@code serve} keeps running.
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
			System.exit(BriefCommands.USAGE);
			return;
		}
		SpringApplication application = new SpringApplication(PolicyBriefsApplication.class);
		ConfigurableApplicationContext context = application
			.run(commandLine.contextArguments().toArray(String[]::new));
		if (commandLine.isServe()) {
			// the web server keeps the process alive until it is stopped
			return;
		}
		int code = context.getBean(BriefCommands.class).execute(commandLine, System.out, System.err);
		System.exit(SpringApplication.exit(context, () -> code));
	}

}
