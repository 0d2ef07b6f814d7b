package org.policybriefs.run;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

/**
 * The run a step belongs to, converted once per step from its job's parameters. Step-scoped
 * without a proxy (a record cannot be proxied): only step-scoped beans take it, while their step runs.
 */
@Configuration(proxyBeanMethods = false)
class RunConfiguration {

	private static final String STEP_SCOPE = "step";

	@Bean
	@Scope(scopeName = STEP_SCOPE, proxyMode = ScopedProxyMode.NO)
	BriefRun briefRun(@Value("#{stepExecution}") StepExecution step) {
		return BriefRun.of(step.getJobParameters());
	}

	@Bean
	@Scope(scopeName = STEP_SCOPE, proxyMode = ScopedProxyMode.NO)
	BriefRun.RunInput runInput(@Value("#{stepExecution}") StepExecution step) {
		return BriefRun.RunInput.of(step.getJobParameters());
	}

}
