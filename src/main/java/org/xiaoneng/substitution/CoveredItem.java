package org.xiaoneng.substitution;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A piece of work a substitute completed on a holder's behalf.
 *
 * @param module the module it belongs to, e.g. {@code casework}
 * @param itemId its id within the module
 * @param title what it was, for the list
 * @param link the page of the work
 * @param postId the post it was done for
 * @param dueOn the day it was due, or {@code null} when it had no time limit
 * @param completedOn the day it was done
 */
public record CoveredItem(String module, String itemId, String title, String link, long postId, LocalDate dueOn,
		LocalDate completedOn) {

	/** Done by its due day, as the holder's own work is measured; work without a time limit is on time. */
	@JsonProperty
	public boolean onTime() {
		return dueOn == null || !completedOn.isAfter(dueOn);
	}
}
