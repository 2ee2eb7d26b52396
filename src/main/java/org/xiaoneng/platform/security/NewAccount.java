package org.xiaoneng.platform.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account a security administrator creates; it gets a one-time password that must be changed at first sign-in.
 *
 * @param username lower-case letters, digits, {@code . _ -}, 2 to 50 characters
 * @param displayName the name shown to people
 * @param roles its roles; at most one of the three administrator duties
 */
public record NewAccount(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,49}") String username,
		@NotBlank @Size(max = 100) String displayName, @NotNull Set<Role> roles) {

	public NewAccount {
		roles = roles == null ? null : Set.copyOf(roles);
	}
}
