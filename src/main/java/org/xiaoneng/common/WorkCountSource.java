package org.xiaoneng.common;

import java.util.List;
import java.util.Set;

/**
 * A module that holds people's work counts it for the workbench (工作台) and the sidebar through this interface, as
 * a bean: the workbench is the union of every source's answer, so no module reaches into another's work.
 */
public interface WorkCountSource {

	/**
	 * The signed-in person's open work of this module, each count with the list that shows it; nothing for a person
	 * whose roles cannot open those lists.
	 *
	 * @param roles the person's roles without {@code ROLE_}
	 */
	List<WorkCount> countsFor(Set<String> roles);
}
