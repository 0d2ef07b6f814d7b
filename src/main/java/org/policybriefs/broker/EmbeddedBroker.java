package org.policybriefs.broker;

import java.nio.file.Path;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The {@code broker} command: an ActiveMQ Artemis broker in this JVM, for a one-box or test
 * setup, with its journal on disk so that partitions sent but not yet taken survive a restart of
 * the broker. Without users: it listens on the loopback address unless told otherwise; a broker
 * shared between machines is a stand-alone Artemis with its own security.
 */
public final class EmbeddedBroker {

	private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

	private final String host;

	private EmbeddedBroker(String host) {
		this.host = host;
	}

	/**
	 * Starts a broker accepting clients on {@code host:port} (port 0: any free port, see
	 * {@link #address()}), its journal under {@code folder}.
	 */
	public static EmbeddedBroker start(String host, int port, Path folder) throws Exception {
		EmbeddedBroker broker = new EmbeddedBroker(host);
		Configuration configuration = new ConfigurationImpl().setPersistenceEnabled(true)
			.setSecurityEnabled(false)
			.setJournalDirectory(folder.resolve("journal").toString())
			.setBindingsDirectory(folder.resolve("bindings").toString())
			.setLargeMessagesDirectory(folder.resolve("large-messages").toString())
			.setPagingDirectory(folder.resolve("paging").toString())
			// NIO journal: the same on every machine, no native library
			.setJournalType(org.apache.activemq.artemis.core.server.JournalType.NIO)
			.addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port);
		broker.server.setConfiguration(configuration);
		broker.server.start();
		return broker;
	}

	/** The address clients connect to, for {@code spring.artemis.broker-url}. */
	public String address() {
		NettyAcceptor acceptor = (NettyAcceptor) this.server.getActiveMQServer().getRemotingService().getAcceptor("tcp");
		return "tcp://" + this.host + ":" + acceptor.getActualPort();
	}

	public void stop() throws Exception {
		this.server.stop();
	}

}
