package org.xiaoneng.platform.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who is calling: lets an integration check its credentials and see the roles it acts with.
 */
@RestController
@Tag(name = "Account")
class CurrentUserController {

	private final DisplayNames displayNames;

	CurrentUserController(DisplayNames displayNames) {
		this.displayNames = displayNames;
	}

	/** The caller as the platform knows them. */
	record CurrentUser(String username, String displayName, List<String> roles) {
	}

	@GetMapping(ApiDocumentation.VERSIONED + "me")
	@Operation(summary = "The signed-in caller: user name, display name and roles (without the ROLE_ prefix)")
	CurrentUser me(Authentication caller) {
		if (caller == null) {
			// Reached only if security lets an anonymous call through; it then asks the caller to sign in.
			throw new AccessDeniedException("Sign-in required");
		}
		List<String> roles = Roles.of(caller).stream().sorted().toList();
		return new CurrentUser(caller.getName(), displayNames.of(caller), roles);
	}
}
