package org.xiaoneng.platform.security;

/**
 * A user name is unique: another account already has it.
 */
public class UsernameTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UsernameTakenException(String username) {
		super("User name already taken: " + username);
	}
}
