package org.xiaoneng.organization;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A post to create in a department, or a post's new particulars.
 *
 * @param departmentId its department
 * @param name its name
 * @param kind window, handling or leading
 * @param duties its duties (职责)
 * @param dutyCategories codes of the service-item and inquiry categories it answers for
 */
public record NewPost(long departmentId, @NotBlank @Size(max = 100) String name, @NotNull PostKind kind,
		@Size(max = 4000) String duties, List<@NotBlank @Size(max = 50) String> dutyCategories) {

	public NewPost {
		duties = duties == null ? "" : duties.strip();
		dutyCategories = dutyCategories == null ? List.of()
				: dutyCategories.stream().map(String::strip).distinct().toList();
	}
}
