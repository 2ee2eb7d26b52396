package org.xiaoneng.platform.database;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The name this node goes by among the nodes on one database: in the lock table ({@code shedlock.locked_by}), in
 * each sweep run and on the operators' health page. {@code xiaoneng.node.id} when set, otherwise host and HTTP port,
 * since several nodes on one host (or hosts named alike, as cloned machines are) differ at least by their port.
 */
@Component
public class NodeIdentity {

	private final String id;

	NodeIdentity(Environment environment) {
		String configured = environment.getProperty("xiaoneng.node.id", "").strip();
		this.id = configured.isEmpty() ? host() + ":" + port(environment) : configured;
	}

	/** This node's id. */
	public String id() {
		return id;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException unresolved) {
			return "localhost";
		}
	}

	// A random port is known only once the server has started, after the lock provider needs the id: a random tag
	// keeps two such nodes apart instead.
	private static String port(Environment environment) {
		String port = environment.getProperty("server.port", "8080");
		return "0".equals(port) ? "random-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
				: port;
	}

	@Override
	public String toString() {
		return id;
	}
}
