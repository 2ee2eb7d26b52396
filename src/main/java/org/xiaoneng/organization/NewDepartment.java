package org.xiaoneng.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A department to create.
 *
 * @param unitId its unit
 * @param parentId the department of the same unit it sits under, or {@code null} at the top
 * @param name its name
 */
public record NewDepartment(long unitId, Long parentId, @NotBlank @Size(max = 100) String name) {
}
