package org.xiaoneng.platform.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Primary;

/**
 * An SMS gateway for tests that fails as told, number by number, and remembers what it accepted.
 */
@Primary
class ScriptedSmsGateway implements SmsGateway {

	private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

	private final Set<String> broken = ConcurrentHashMap.newKeySet();

	private final Map<String, List<String>> accepted = new ConcurrentHashMap<>();

	/** The next {@code times} messages to this number are refused as a provider would refuse them. */
	void refuseNext(String mobile, int times) {
		failuresLeft.put(mobile, new AtomicInteger(times));
	}

	/** Every message to this number makes the gateway throw an unexpected exception naming the number. */
	void breakFor(String mobile) {
		broken.add(mobile);
	}

	/** The texts accepted for this number, in order. */
	List<String> acceptedFor(String mobile) {
		return List.copyOf(accepted.getOrDefault(mobile, List.of()));
	}

	@Override
	public void send(String mobile, String text) {
		if (broken.contains(mobile)) {
			throw new IllegalStateException("gateway bug while sending to " + mobile);
		}
		AtomicInteger left = failuresLeft.get(mobile);
		if (left != null && left.getAndDecrement() > 0) {
			throw new DeliveryFailedException("SMS gateway answered HTTP 503");
		}
		accepted.computeIfAbsent(mobile, number -> Collections.synchronizedList(new ArrayList<>()))
			.add(text);
	}
}
