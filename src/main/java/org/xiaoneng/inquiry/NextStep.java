package org.xiaoneng.inquiry;

import java.time.LocalDate;

import org.xiaoneng.organization.DecisionLevel;

/** The outcome path a first responder takes with a matter (首问负责制, paths 1 to 4). */
public sealed interface NextStep {

	/** Path 1, own duty: answered on the spot; closes the matter. */
	record Answer(String answer) implements NextStep {
	}

	/** Path 1, own duty: to be answered by a stated day; the visitor is told what is needed. */
	record Promise(LocalDate by, String note) implements NextStep {
	}

	/** Path 2: handed to another post of the unit, to whoever acts for it now. */
	record HandOver(Long postId, String note) implements NextStep {
	}

	/** Path 3: responsibility unclear, escalated to the department head or a leader. */
	record Escalate(DecisionLevel level, String note) implements NextStep {
	}

	/** Path 4: outside the unit; the visitor is told the competent authority from the directory. */
	record Refer(Long authorityId, String note) implements NextStep {
	}

	/** Nothing yet: the matter stays with the first responder. */
	record Keep() implements NextStep {
	}
}
