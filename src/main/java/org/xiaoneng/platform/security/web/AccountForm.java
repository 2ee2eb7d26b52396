package org.xiaoneng.platform.security.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.xiaoneng.platform.security.Role;

/**
 * The account form of the security administrator's pages.
 *
 * @param username only when creating
 * @param displayName the name shown to people
 * @param roles the ticked roles
 */
record AccountForm(
		@Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,49}", message = "{security.account.usernameInvalid}") String username,
		@NotBlank(message = "{security.account.displayNameRequired}") @Size(max = 100) String displayName,
		Set<Role> roles) {

	AccountForm {
		roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}
}
