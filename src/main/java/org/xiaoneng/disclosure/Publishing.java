package org.xiaoneng.disclosure;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Drafting, reviewing (保密审查), publishing and withdrawing items: each loads the item under its lock, checks the
 * caller, asks the item, saves it and records the step. Clearing and publishing scan the text and every attachment.
 */
@Component("disclosurePublishing")
class Publishing {

	static final String MODULE = "disclosure";

	private static final int TITLE_MAX = 200;

	private static final int BODY_MAX = 100_000;

	private final DisclosureItems items;

	private final ItemSchedule schedule;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	Publishing(DisclosureItems items, ItemSchedule schedule, ApplicationEventPublisher events, AuditLog auditLog,
			Clock clock) {
		this.items = items;
		this.schedule = schedule;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	long draft(ItemDraft draft, Caller caller) {
		StaffMember editor = DisclosureAccess.editor(caller);
		check(draft);
		DisclosureItem item = DisclosureItem.draft(new UnitId(editor.unitId()), new DepartmentId(editor.departmentId()),
				new StaffId(editor.id()), editor.name(), draft, schedule.dueOn(editor.unitId(), draft), null);
		items.add(item);
		step(item, "DRAFTED", caller, null, false);
		return item.idOrNull();
	}

	@Transactional
	void revise(long id, ItemDraft draft, Caller caller) {
		DisclosureItem item = editable(id, caller);
		check(draft);
		item.revise(draft, item.previousEdition() != null && draft.cadence() == item.cadence() ? item.dueOn()
				: schedule.dueOn(item.unitId().value(), draft));
		save(item, "REVISED", caller, null, false);
	}

	/** The next edition of a published regular item, a draft that takes over its due day. */
	@Transactional
	long nextEdition(long id, Caller caller) {
		DisclosureItem previous = editable(id, caller);
		DisclosureItem next = DisclosureItem.draft(previous.unitId(), previous.departmentId(), previous.editorId(),
				previous.editorName(), new ItemDraft(previous.category(), previous.cadence(), previous.title(),
						previous.body(), previous.elements(), null),
				previous.handOverDue(), previous.idOrNull());
		save(previous, "NEXT_EDITION", caller, null, false);
		items.add(next);
		step(next, "DRAFTED", caller, "#" + id, false);
		return next.idOrNull();
	}

	@Transactional
	void submit(long id, Caller caller) {
		DisclosureItem item = editable(id, caller);
		item.submitForReview(findings(item));
		save(item, "SUBMITTED", caller, null, false);
	}

	@Transactional
	void clear(long id, Caller caller) {
		DisclosureItem item = reviewable(id, caller);
		item.clear(caller.staffId() == null ? null : new StaffId(caller.staffId()), caller.name(), findings(item));
		save(item, "CLEARED", caller, null, false);
	}

	@Transactional
	void sendBack(long id, String note, Caller caller) {
		DisclosureItem item = reviewable(id, caller);
		item.sendBack(caller.staffId() == null ? null : new StaffId(caller.staffId()));
		save(item, "SENT_BACK", caller, note, false);
	}

	@Transactional
	void publish(long id, Caller caller) {
		DisclosureItem item = editable(id, caller);
		item.publish(clock.instant(), schedule.today(), findings(item));
		save(item, "PUBLISHED", caller, null, true);
	}

	@Transactional
	void withdraw(long id, String reason, Caller caller) {
		DisclosureItem item = editable(id, caller);
		if (reason == null || reason.isBlank()) {
			throw new DisclosureInputException("disclosure.error.reasonMissing");
		}
		item.withdraw();
		save(item, "WITHDRAWN", caller, reason.strip(), true);
	}

	/** The personal information the item and its attachments hold now, as clearing and publishing would find it. */
	@Transactional(readOnly = true)
	List<PersonalDataFinding> findings(long id, Caller caller) {
		DisclosureItem item = items.find(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireReader(caller, item.unitId().value(), item.departmentId().value(), id);
		return findings(item);
	}

	/** Marks every item past its due day, each raising its overdue event once. */
	@Transactional
	int raiseOverdue() {
		int raised = 0;
		for (long id : items.overdueOn(schedule.today())) {
			DisclosureItem item = items.lock(id).orElseThrow();
			if (item.checkOverdue(schedule.today())) {
				items.save(item);
				item.drainEvents().forEach(events::publishEvent);
				raised++;
			}
		}
		return raised;
	}

	List<PersonalDataFinding> findings(DisclosureItem item) {
		List<PersonalDataFinding> found = new ArrayList<>(PersonalDataScan.lines(item.title(), "TITLE"));
		found.addAll(PersonalDataScan.lines(item.body(), "BODY"));
		String[] elements = item.elements().inOrder();
		for (int i = 0; i < elements.length; i++) {
			found.addAll(PersonalDataScan.lines(elements[i], "ELEMENT_" + (i + 1)));
		}
		for (DisclosureItems.StoredAttachment attachment : items.attachmentsOf(item.idOrNull())) {
			try {
				found.addAll(AttachmentFormat.ofMediaType(attachment.mediaType())
					.scan(attachment.name(), attachment.content()));
			}
			catch (IOException | RuntimeException unreadable) {
				throw new AttachmentRefusedException("unreadable", attachment.name());
			}
		}
		return found;
	}

	private DisclosureItem editable(long id, Caller caller) {
		DisclosureItem item = items.lock(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireEditorOf(caller, item.unitId().value(), id);
		return item;
	}

	private DisclosureItem reviewable(long id, Caller caller) {
		DisclosureItem item = items.lock(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireReviewerOf(caller, item.unitId().value(), item.departmentId().value(), id);
		return item;
	}

	private void save(DisclosureItem item, String action, Caller caller, String note, boolean withText) {
		items.save(item);
		step(item, action, caller, note, withText);
		item.drainEvents().forEach(events::publishEvent);
	}

	private void step(DisclosureItem item, String action, Caller caller, String note, boolean withText) {
		items.record(item, action, caller.name(), note, clock.instant(), withText);
		auditLog.record(new AuditEntry(MODULE, "item." + action.toLowerCase(Locale.ROOT),
				String.valueOf(item.idOrNull()), null, item.status().name()));
	}

	private static void check(ItemDraft draft) {
		if (draft.category() == null || draft.cadence() == null) {
			throw new DisclosureInputException("disclosure.error.categoryMissing");
		}
		if (draft.title() == null || draft.title().isBlank()) {
			throw new DisclosureInputException("disclosure.error.titleMissing");
		}
		if (draft.body() == null || draft.body().isBlank()) {
			throw new DisclosureInputException("disclosure.error.bodyMissing");
		}
		if (draft.title().length() > TITLE_MAX || draft.body().length() > BODY_MAX) {
			throw new DisclosureInputException("disclosure.error.tooLong", TITLE_MAX, BODY_MAX);
		}
	}
}
