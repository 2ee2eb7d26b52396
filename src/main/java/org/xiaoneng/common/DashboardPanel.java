package org.xiaoneng.common;

import java.util.Set;

/**
 * One panel of the workbench (工作台) that a module fills with its own figures. A module declares it as a bean and
 * serves {@code path} as an htmx fragment; the workbench shows the panels whose roles the signed-in user has, in
 * {@code order}, and loads each from its path, so the workbench never shows a figure that no module computed.
 *
 * @param messageKey the message key of the panel's heading
 * @param path the fragment's path, e.g. {@code /casework/partials/due-soon}
 * @param roles the roles that see it (without {@code ROLE_}); empty means every signed-in user
 * @param order where it stands on the workbench, smaller first
 */
public record DashboardPanel(String messageKey, String path, Set<String> roles, int order) {

	public DashboardPanel {
		roles = Set.copyOf(roles);
	}
}
