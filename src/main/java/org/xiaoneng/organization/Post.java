package org.xiaoneng.organization;

import java.util.List;

/**
 * A post (岗位) of a department.
 *
 * @param id the post
 * @param departmentId its department
 * @param name its name
 * @param kind window, handling or leading
 * @param duties its duties (职责), as text
 * @param dutyCategories codes of the service-item and inquiry categories it answers for (duty scope)
 * @param retired retired: kept so that past work keeps its name, offered for no new work
 */
public record Post(long id, long departmentId, String name, PostKind kind, String duties,
		List<String> dutyCategories, boolean retired) {

	public Post {
		dutyCategories = List.copyOf(dutyCategories);
	}
}
