package org.policybriefs.broker;

import java.nio.file.Path;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The {@code broker} command: an ActiveMQ Artemis broker in this JVM, for a one-box or test
 * setup, with its journal on disk so that partitions sent but not yet taken survive a restart of
 * the broker. Without users: it listens on the loopback address unless told otherwise; a broker
 * shared between machines is a stand-alone Artemis with its own security.
 */
public final class EmbeddedBroker {

	private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

	private final String address;

	private EmbeddedBroker(String address) {
		this.address = address;
	}

	/** Starts a broker accepting clients on {@code host:port}, its journal under {@code folder}. */
	public static EmbeddedBroker start(String host, int port, Path folder) throws Exception {
		EmbeddedBroker broker = new EmbeddedBroker("tcp://" + host + ":" + port);
		Configuration configuration = new ConfigurationImpl().setPersistenceEnabled(true)
			.setSecurityEnabled(false)
			.setJournalDirectory(folder.resolve("journal").toString())
			.setBindingsDirectory(folder.resolve("bindings").toString())
			.setLargeMessagesDirectory(folder.resolve("large-messages").toString())
			.setPagingDirectory(folder.resolve("paging").toString())
			// NIO journal: the same on every machine, no native library
			.setJournalType(org.apache.activemq.artemis.core.server.JournalType.NIO)
			.addAcceptorConfiguration("tcp", broker.address);
		broker.server.setConfiguration(configuration);
		broker.server.start();
		return broker;
	}

	/** The address clients connect to, for {@code spring.artemis.broker-url}. */
	public String address() {
		return this.address;
	}

	public void stop() throws Exception {
		this.server.stop();
	}

}
