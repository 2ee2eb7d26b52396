package org.xiaoneng.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.security.AccountManagement;

/**
 * The signed-in person's display name for the layout and the dashboard ({@code ${@displayNames.of(#authentication)}}),
 * so that people are greeted by name rather than by their user name; its method is public for the templates.
 */
@Component("displayNames")
class DisplayNames {

	private final AccountManagement accounts;

	DisplayNames(AccountManagement accounts) {
		this.accounts = accounts;
	}

	public String of(Authentication authentication) {
		return authentication == null ? "" : accounts.displayName(authentication.getName());
	}
}
