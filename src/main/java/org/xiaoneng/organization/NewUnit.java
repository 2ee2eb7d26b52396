package org.xiaoneng.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit to create, or a unit's new particulars.
 *
 * @param regionCode the region's six-digit code
 * @param name the full name
 * @param shortName the short name used in document numbers (机关简称)
 * @param creditCode the unified social credit code, with its check character
 */
public record NewUnit(@NotBlank @Pattern(regexp = "[0-9]{6}") String regionCode, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 20) String shortName, @NotBlank String creditCode) {
}
