package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A person's open work is the union of what every module answers, soonest deadline first.
 */
class WorkItemSourceTests {

	@Test
	void withNoSourcesThereIsNoWork() {
		assertThat(WorkItemSource.openItemsOf("A001", List.of())).isEmpty();
	}

	@Test
	void itemsOfAllSourcesAreMergedSoonestDeadlineFirstAndUndatedLast() {
		WorkItem undated = new WorkItem("inquiry", "7", "回访", "/inquiries/7", null, false);
		WorkItem late = new WorkItem("casework", "1", "办件一", "/cases/1", LocalDate.of(2026, 3, 9), true);
		WorkItem soon = new WorkItem("casework", "2", "办件二", "/cases/2", LocalDate.of(2026, 3, 3), false);
		WorkItemSource casework = staffNumber -> List.of(late, soon);
		WorkItemSource inquiry = staffNumber -> staffNumber.equals("A001") ? List.of(undated) : List.of();

		assertThat(WorkItemSource.openItemsOf("A001", List.of(inquiry, casework))).containsExactly(soon, late, undated);
		assertThat(WorkItemSource.openItemsOf("B002", List.of(inquiry))).isEmpty();
	}
}
