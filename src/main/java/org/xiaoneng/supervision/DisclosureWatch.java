package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.ModuleListener;
import org.xiaoneng.disclosure.DisclosureItemOverdue;

/**
 * 政务公开 (rule 十 of the source text, 政府信息公开条例 第二十六条) as supervision sees it: an item of a unit's catalogue
 * not published by its due day raises one card per item and due day, to the editor who answers for it, or the head of
 * its department when it names none. Raising is idempotent, so a redelivered event raises nothing twice.
 */
@Component
class DisclosureWatch {

	private final Raising raising;

	DisclosureWatch(Raising raising) {
		this.raising = raising;
	}

	@ModuleListener
	void on(DisclosureItemOverdue overdue) {
		LocalDate due = overdue.dueOn();
		long day = due.getYear() * 10000L + due.getMonthValue() * 100L + due.getDayOfMonth();
		raising.raise(Rule.DISCLOSURE_ITEM_OVERDUE,
				new CardSubject(ObjectType.DISCLOSURE_ITEM, overdue.itemId().value(), day,
						"#" + overdue.itemId().value(), overdue.unitId().value(),
						overdue.departmentId() == null ? null : overdue.departmentId().value()),
				overdue.editorId() == null ? null : overdue.editorId().value(), Facts.of(due, overdue.title()));
	}
}
