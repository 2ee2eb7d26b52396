package org.xiaoneng.organization;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A staff member who joins a department.
 *
 * @param staffNumber the staff number (工号), unique in the region
 * @param departmentId the department they join
 * @param joinedOn the day they join
 * @param particulars everything else about them
 */
public record NewStaff(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,20}") String staffNumber, long departmentId,
		@NotNull LocalDate joinedOn, @NotNull @Valid StaffParticulars particulars) {
}
