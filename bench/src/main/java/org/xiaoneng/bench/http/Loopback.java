package org.xiaoneng.bench.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Keeps the load driver on this machine. Load may only ever be sent to a loopback address (127.0.0.0/8 or ::1), so
 * every other target is refused before a single request leaves.
 */
public final class Loopback {

	private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private Loopback() {
	}

	/**
	 * Returns the URL if it names a loopback address or {@code localhost} resolving only to loopback addresses.
	 * @throws IllegalArgumentException for any other URL
	 */
	public static URI require(URI url) {
		if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
			throw refused(url, "it is not an http or https URL");
		}
		String host = url.getHost();
		if (host == null) {
			throw refused(url, "it names no host");
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		// an address literal is checked without a lookup; a name other than localhost is not looked up at all
		boolean literal = IPV4_LITERAL.matcher(host).matches() || host.contains(":");
		if (!literal && !host.equalsIgnoreCase("localhost")) {
			throw refused(url, "only localhost or a loopback address may be measured");
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (!address.isLoopbackAddress()) {
					throw refused(url, literal ? host + " is not a loopback address"
							: host + " resolves to " + address.getHostAddress() + ", which is not a loopback address");
				}
			}
		}
		catch (UnknownHostException e) {
			throw refused(url, host + " is not an address");
		}
		return url;
	}

	private static IllegalArgumentException refused(URI url, String reason) {
		return new IllegalArgumentException("Refusing to send load to " + url + ": " + reason
				+ " (the harness only measures servers on this machine, e.g. http://127.0.0.1:8080)");
	}
}
