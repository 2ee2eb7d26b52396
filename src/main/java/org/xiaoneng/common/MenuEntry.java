package org.xiaoneng.common;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of the staff navigation. A module that owns a page declares it as a bean; the layout shows the entries
 * whose roles the signed-in user has, grouped by {@code area} and in {@code order} within it.
 *
 * @param messageKey the message key of the entry's label
 * @param path the page's path, e.g. {@code /audit}
 * @param roles the roles that see it (without {@code ROLE_}); empty means every signed-in user
 * @param order where it stands in the menu, smaller first
 * @param area the work area under which the sidebar shows it
 */
public record MenuEntry(String messageKey, String path, Set<String> roles, int order, WorkArea area) {

	public MenuEntry {
		roles = Set.copyOf(roles);
		Objects.requireNonNull(area, "area");
	}

	/** An entry that names no work area: the sidebar shows it under {@link WorkArea#OTHER}. */
	public MenuEntry(String messageKey, String path, Set<String> roles, int order) {
		this(messageKey, path, roles, order, WorkArea.OTHER);
	}
}
