package org.policybriefs.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection to the broker that hands render partitions to workers, made only when
 * {@code spring.artemis.broker-url} is set: without it no process opens a connection, and a run
 * renders in its own JVM.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.artemis", name = "broker-url")
@EnableConfigurationProperties(BrokerProperties.class)
public class BrokerConfiguration {

	/** The package of the only class a partition request carries (Spring Batch's StepExecutionRequest). */
	private static final String TRUSTED_PACKAGES = "org.springframework.batch.integration.partition";

	@Bean
	ConnectionFactory brokerConnectionFactory(BrokerProperties properties) {
		ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(properties.brokerUrl(), properties.user(),
				properties.password());
		// a worker takes one partition at a time and buffers none, so an idle worker gets the next one
		factory.setConsumerWindowSize(0);
		// messages carry serialized objects: only the partition request's class is read back
		factory.setDeserializationAllowList(TRUSTED_PACKAGES);
		return factory;
	}

}
