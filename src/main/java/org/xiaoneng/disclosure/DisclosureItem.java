package org.xiaoneng.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/**
 * A disclosure item (公开事项): the aggregate of the catalogue. An editor drafts it; a second person clears it in the
 * confidentiality and personal-information review (保密审查); an editor publishes it; it may be withdrawn, its history
 * kept. Clearing and publishing are refused while personal information is found in it. Its due day says by when
 * something must be published: the end of the period for a regular item, 20 working days after the information arose
 * for an ad hoc one, the stage's day for one by stage.
 */
class DisclosureItem {

	private Long id;

	private final UnitId unitId;

	private final DepartmentId departmentId;

	private final StaffId editorId;

	private final String editorName;

	private Category category;

	private Cadence cadence;

	private String title;

	private String body;

	private ItemElements elements;

	private ItemStatus status;

	private String reviewerName;

	private LocalDate dueOn;

	private LocalDate overdueRaisedFor;

	private Instant publishedAt;

	private final Long previousEdition;

	private final int version;

	private final List<Object> events = new ArrayList<>();

	DisclosureItem(Long id, UnitId unitId, DepartmentId departmentId, StaffId editorId, String editorName,
			Category category, Cadence cadence, String title, String body, ItemElements elements, ItemStatus status,
			String reviewerName, LocalDate dueOn, LocalDate overdueRaisedFor, Instant publishedAt,
			Long previousEdition, int version) {
		this.id = id;
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.editorId = editorId;
		this.editorName = editorName;
		this.category = category;
		this.cadence = cadence;
		this.title = title;
		this.body = body;
		this.elements = elements;
		this.status = status;
		this.reviewerName = reviewerName;
		this.dueOn = dueOn;
		this.overdueRaisedFor = overdueRaisedFor;
		this.publishedAt = publishedAt;
		this.previousEdition = previousEdition;
		this.version = version;
	}

	/** A new draft by an editor of the unit, due as its schedule says. */
	static DisclosureItem draft(UnitId unitId, DepartmentId departmentId, StaffId editorId, String editorName,
			ItemDraft draft, LocalDate dueOn, Long previousEdition) {
		return new DisclosureItem(null, unitId, departmentId, editorId, editorName, draft.category(), draft.cadence(),
				draft.title(), draft.body(), draft.elements(), ItemStatus.DRAFT, null, dueOn, null, null,
				previousEdition, 0);
	}

	/**
	 * Changes the text. A draft, an item in review or cleared goes back to draft (a change needs a new review); a
	 * withdrawn item becomes a draft again; a published one must be withdrawn first.
	 */
	void revise(ItemDraft draft, LocalDate dueOn) {
		requireState(ItemStatus.DRAFT, ItemStatus.IN_REVIEW, ItemStatus.CLEARED, ItemStatus.WITHDRAWN);
		this.category = draft.category();
		this.cadence = draft.cadence();
		this.title = draft.title();
		this.body = draft.body();
		this.elements = draft.elements();
		this.dueOn = dueOn;
		this.status = ItemStatus.DRAFT;
		this.reviewerName = null;
	}

	/** The editor hands the draft to a second person's review; refused while personal information is found in it. */
	void submitForReview(List<PersonalDataFinding> findings) {
		requireState(ItemStatus.DRAFT);
		requireClean(findings);
		this.status = ItemStatus.IN_REVIEW;
	}

	/** The reviewer, not the editor who drafted it, clears it for publication. */
	void clear(StaffId reviewerId, String reviewer, List<PersonalDataFinding> findings) {
		requireState(ItemStatus.IN_REVIEW);
		if (Objects.equals(reviewerId, editorId)) {
			throw new ReviewerIsAuthorException();
		}
		requireClean(findings);
		this.status = ItemStatus.CLEARED;
		this.reviewerName = reviewer;
	}

	/** The reviewer sends it back to its editor, who changes it and submits it again. */
	void sendBack(StaffId reviewerId) {
		requireState(ItemStatus.IN_REVIEW);
		if (Objects.equals(reviewerId, editorId)) {
			throw new ReviewerIsAuthorException();
		}
		this.status = ItemStatus.DRAFT;
	}

	/**
	 * Publishes a cleared item, checked once more for personal information (an attachment may have come meanwhile).
	 * A regular item then falls due at the end of the next period, an obligation its next edition takes over; any
	 * other no longer falls due.
	 */
	DisclosureItemPublished publish(Instant now, LocalDate today, List<PersonalDataFinding> findings) {
		if (status == ItemStatus.DRAFT || status == ItemStatus.IN_REVIEW) {
			throw new ItemNotReviewedException(title);
		}
		requireState(ItemStatus.CLEARED);
		requireClean(findings);
		this.status = ItemStatus.PUBLISHED;
		this.publishedAt = now;
		this.dueOn = cadence.regular() ? cadence.endOfNextPeriod(today) : null;
		return register(new DisclosureItemPublished(new DisclosureItemId(id()), unitId, category, today));
	}

	/** Takes a published item off the portal; its text and history stay on record, nothing falls due any more. */
	void withdraw() {
		requireState(ItemStatus.PUBLISHED);
		this.status = ItemStatus.WITHDRAWN;
		this.dueOn = null;
	}

	/** A published regular item's next edition takes over the obligation to publish by the next period's end. */
	LocalDate handOverDue() {
		requireState(ItemStatus.PUBLISHED);
		if (!cadence.regular()) {
			throw new ItemStateException(title, status);
		}
		LocalDate due = dueOn;
		this.dueOn = null;
		return due;
	}

	/** Registers that the item missed its due day, once per due day; nothing while it is not yet due. */
	boolean checkOverdue(LocalDate today) {
		if (dueOn == null || !today.isAfter(dueOn) || dueOn.equals(overdueRaisedFor)) {
			return false;
		}
		this.overdueRaisedFor = dueOn;
		register(new DisclosureItemOverdue(new DisclosureItemId(id()), unitId, departmentId, editorId, title, cadence,
				dueOn));
		return true;
	}

	/** The events registered since it was loaded, handed out once for publishing. */
	List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	private void requireState(ItemStatus... allowed) {
		for (ItemStatus state : allowed) {
			if (status == state) {
				return;
			}
		}
		throw new ItemStateException(title, status);
	}

	private static void requireClean(List<PersonalDataFinding> findings) {
		if (!findings.isEmpty()) {
			throw new PersonalDataFoundException(findings);
		}
	}

	private <E> E register(E event) {
		events.add(event);
		return event;
	}

	private long id() {
		if (id == null) {
			throw new IllegalStateException("item " + title + " is saved before its events are registered");
		}
		return id;
	}

	/** The id the database gave it when it was first saved. */
	void saved(long newId) {
		if (id != null) {
			throw new IllegalStateException("item " + id + " was saved already");
		}
		this.id = newId;
	}

	Long idOrNull() {
		return id;
	}

	UnitId unitId() {
		return unitId;
	}

	DepartmentId departmentId() {
		return departmentId;
	}

	StaffId editorId() {
		return editorId;
	}

	String editorName() {
		return editorName;
	}

	Category category() {
		return category;
	}

	Cadence cadence() {
		return cadence;
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	ItemElements elements() {
		return elements;
	}

	ItemStatus status() {
		return status;
	}

	String reviewerName() {
		return reviewerName;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	LocalDate overdueRaisedFor() {
		return overdueRaisedFor;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	Long previousEdition() {
		return previousEdition;
	}

	int version() {
		return version;
	}
}
