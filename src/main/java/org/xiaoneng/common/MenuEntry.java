package org.xiaoneng.common;

import java.util.Set;

/**
 * One entry of the staff navigation. A module that owns a page declares it as a bean; the layout shows the entries
 * whose roles the signed-in user has, in {@code order}.
 *
 * @param messageKey the message key of the entry's label
 * @param path the page's path, e.g. {@code /audit}
 * @param roles the roles that see it (without {@code ROLE_}); empty means every signed-in user
 * @param order where it stands in the menu, smaller first
 */
public record MenuEntry(String messageKey, String path, Set<String> roles, int order) {

	public MenuEntry {
		roles = Set.copyOf(roles);
	}
}
