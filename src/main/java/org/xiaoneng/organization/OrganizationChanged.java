package org.xiaoneng.organization;

/**
 * A unit, department or post was created or changed (its name among what may have changed), in the transaction that
 * changed it; what other modules keep of the organisation (its names) is out of date once it commits.
 *
 * @param kind what changed
 * @param id its id
 */
public record OrganizationChanged(Kind kind, long id) {

	/** The records whose names the organisation keeps. */
	public enum Kind {
		UNIT, DEPARTMENT, POST
	}
}
