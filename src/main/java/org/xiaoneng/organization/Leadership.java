package org.xiaoneng.organization;

import java.util.List;

/**
 * Who leads a unit.
 *
 * @param unitId the unit
 * @param principalLeaderId its principal leader (主要领导), or {@code null}
 * @param deputies its deputy leaders (分管领导) with the departments each oversees
 */
public record Leadership(long unitId, Long principalLeaderId, List<Deputy> deputies) {

	public Leadership {
		deputies = List.copyOf(deputies);
	}

	/**
	 * A deputy leader and the departments they oversee.
	 *
	 * @param staffId the deputy leader
	 * @param departmentIds the departments they oversee
	 */
	public record Deputy(long staffId, List<Long> departmentIds) {

		public Deputy {
			departmentIds = List.copyOf(departmentIds);
		}
	}
}
