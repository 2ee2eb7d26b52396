package org.xiaoneng.platform.security;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The break-glass command {@code reset-password <user name> [--reset-second-factor]}, run by an operator on the
 * server's own console ({@code java -jar xiaoneng.jar reset-password admin}, or {@code ./mvnw spring-boot:run
 * -Dspring-boot.run.arguments="reset-password admin"}): issues a new one-time password for an administrator
 * account. The password is printed on that console only, never to the log, which may travel to a log server; the
 * audit log records the operator as {@code console:<host user>@<host>}.
 */
@Component
@Order(BreakGlassCommand.ORDER)
class BreakGlassCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String NAME = "reset-password";

	static final int ORDER = 0;

	static final String RESET_SECOND_FACTOR = "reset-second-factor";

	private static final Logger LOG = LoggerFactory.getLogger(BreakGlassCommand.class);

	private final AccountManagement accounts;

	private final MessageSource messages;

	private int exitCode;

	BreakGlassCommand(AccountManagement accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty() || !NAME.equals(words.get(0))) {
			return;
		}
		if (words.size() != 2) {
			fail(2, "security.breakGlass.usage");
			return;
		}
		String username = words.get(1);
		String operator = operator();
		try {
			String password = accounts.breakGlass(username, operator, arguments.containsOption(RESET_SECOND_FACTOR));
			LOG.warn("Break glass: {} issued a new one-time password for '{}' from the server's console", operator,
					username);
			console().println(message("security.breakGlass.issued", username, password));
			exitCode = 0;
		}
		catch (AccountNotFoundException e) {
			fail(1, "security.breakGlass.noSuchAdministrator", username);
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/** Who sits at the console: the operating-system user and the host, as the audit log's actor. */
	static String operator() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			host = "unknown-host";
		}
		return "console:" + System.getProperty("user.name") + "@" + host;
	}

	private void fail(int code, String key, Object... arguments) {
		System.err.println(message(key, arguments));
		exitCode = code;
	}

	/** The console speaks the server's language; Chinese unless the server runs in English. */
	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.getDefault());
	}

	/** Looked up on each use, so that what a test captures is what the operator would see. */
	private static PrintStream console() {
		return System.out;
	}
}
