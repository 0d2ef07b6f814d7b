package org.policybriefs;

import org.policybriefs.cli.BriefCommands;
import org.policybriefs.cli.BrokerCommand;
import org.policybriefs.cli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: parses the command, runs it, and exits with its code; {@code serve} and
 * {@code worker} keep running, and {@code broker} runs without the application at all.
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
		if ("broker".equals(commandLine.command())) {
			System.exit(BrokerCommand.run(commandLine, System.out, System.err));
			return;
		}
		SpringApplication application = new SpringApplication(PolicyBriefsApplication.class);
		ConfigurableApplicationContext context = application
			.run(commandLine.contextArguments().toArray(String[]::new));
		if ("worker".equals(commandLine.command()) && !context.containsBean("render-partition")) {
			System.err.println("error: a worker needs a broker: --spring.artemis.broker-url=tcp://HOST:61616");
			System.exit(SpringApplication.exit(context, () -> BriefCommands.USAGE));
			return;
		}
		if (commandLine.isService()) {
			// the web server or the broker's listener keeps the process alive until it is stopped
			return;
		}
		int code = context.getBean(BriefCommands.class).execute(commandLine, System.out, System.err);
		System.exit(SpringApplication.exit(context, () -> code));
	}

}
