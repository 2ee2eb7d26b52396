package org.xiaoneng.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * A request broke one of the platform's rules. Each module names its own subclass after the rule it guards
 * ({@code ExtensionLimitExceededException}) and passes a message key of its bundle with the arguments; the web shell
 * shows that message in the user's language, as a page message or an RFC 9457 problem, and the transaction that threw
 * it rolls back, so nothing changes.
 */
public abstract class RuleViolationException extends RuntimeException {

	/** What kind of rule was broken; the web shell answers each with its own HTTP status. */
	public enum Kind {

		/** The input itself is wrong (a malformed identity number): 400. */
		INVALID_INPUT,

		/** The thing asked about does not exist or is not visible to the caller: 404. */
		NOT_FOUND,

		/** The object's current state forbids the action (the case is already closed): 409. */
		CONFLICT,

		/** Well-formed, but a business rule forbids it (an extension beyond the statutory limit): 422. */
		RULE_BROKEN,

		/** Too many requests from one client in a short time (a public form flooded from one address): 429. */
		TOO_MANY_REQUESTS
	}

	private final Kind kind;

	private final String messageKey;

	private final transient Object[] arguments;

	protected RuleViolationException(Kind kind, String messageKey, Object... arguments) {
		// The exception's own message names the key, for the log; users only ever see the localized message.
		super(messageKey);
		this.kind = Objects.requireNonNull(kind);
		this.messageKey = Objects.requireNonNull(messageKey);
		this.arguments = arguments.clone();
	}

	public Kind kind() {
		return kind;
	}

	/** The key of the user-facing message in a module's bundle. */
	public String messageKey() {
		return messageKey;
	}

	/** The arguments of the message, {0}, {1}… */
	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}
}
