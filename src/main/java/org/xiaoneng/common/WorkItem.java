package org.xiaoneng.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of open work of a person, as its owning module describes it for lists that span modules (a person's
 * to-do list, the handover list of an absence).
 *
 * @param module the id of the module that owns the work, e.g. {@code casework}
 * @param id the work's id within that module
 * @param title what it is, in words people understand (already in the platform's language)
 * @param link the page where it is worked on, e.g. {@code /cases/42}
 * @param deadline when it is due, or {@code null} when it has no deadline
 * @param inProgress {@code true} when work has started, {@code false} when it is still pending
 */
public record WorkItem(String module, String id, String title, String link, LocalDate deadline, boolean inProgress) {

	public WorkItem {
		Objects.requireNonNull(module, "module");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(link, "link");
	}
}
