package org.policybriefs.broker;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the broker is: the settings an Artemis client needs, under Spring Boot's usual names.
 *
 * @param brokerUrl the broker's address, {@code tcp://host:61616}; unset means no broker and no workers
 * @param user the user to connect as, if the broker requires one
 * @param password that user's password
 */
@ConfigurationProperties("spring.artemis")
record BrokerProperties(String brokerUrl, String user, String password) {
}
