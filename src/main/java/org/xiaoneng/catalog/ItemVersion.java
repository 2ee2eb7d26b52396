package org.xiaoneng.catalog;

import java.time.LocalDate;

/**
 * A version of a service item on its way from draft to history (草稿 → 待审核 → 已发布 → 已替代 / 已停用). Its
 * transitions are the only way its status changes, each refused here, once, when the version is not where it may
 * take it. A published version never changes again: what the public was promised stays on record.
 */
final class ItemVersion {

	private final ServiceItem item;

	private ItemStatus status;

	private String submittedBy;

	private LocalDate effectiveFrom;

	private ItemVersion(ServiceItem item, String submittedBy) {
		this.item = item;
		this.status = item.status();
		this.submittedBy = submittedBy;
		this.effectiveFrom = item.effectiveFrom();
	}

	/**
	 * @param item the version as stored
	 * @param submittedBy who submitted it for review, or {@code null}
	 */
	static ItemVersion of(ServiceItem item, String submittedBy) {
		return new ItemVersion(item, submittedBy);
	}

	ServiceItem item() {
		return item;
	}

	ItemStatus status() {
		return status;
	}

	LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	/** Whether the version is still being written or reviewed, so that no next version may start. */
	boolean isOpen() {
		return status == ItemStatus.DRAFT || status == ItemStatus.IN_REVIEW;
	}

	/** Only a draft changes: its content or its attachments. A version in review waits for its reviewer. */
	void requireDraft() {
		if (status == ItemStatus.IN_REVIEW) {
			throw new ItemStateConflictException(item.id(), item.version());
		}
		if (status != ItemStatus.DRAFT) {
			throw new PublishedVersionImmutableException(item.id(), item.version());
		}
	}

	/**
	 * Blank forms and samples are added to a draft only: those of a version in review are as fixed as its text, since
	 * the reviewer approves what they saw.
	 */
	void requireAttachable() {
		if (status != ItemStatus.DRAFT) {
			throw new PublishedVersionImmutableException(item.id(), item.version());
		}
	}

	/** The drafter hands the draft to a reviewer. */
	void submit(String drafter) {
		requireDraft();
		status = ItemStatus.IN_REVIEW;
		submittedBy = drafter;
	}

	/** A reviewer sends the version back to its drafter. */
	void returnToDraft() {
		if (status != ItemStatus.IN_REVIEW) {
			throw new ItemStateConflictException(item.id(), item.version());
		}
		status = ItemStatus.DRAFT;
		submittedBy = null;
	}

	/**
	 * A reviewer other than its drafter publishes the version (审核与起草分离: the one who writes the promise to the
	 * public is not the one who approves it), in force from a day not in the past.
	 *
	 * @param effectiveFrom the first day in force, today when {@code null}
	 */
	ServiceItemPublished publish(String reviewer, LocalDate effectiveFrom, LocalDate today) {
		if (status == ItemStatus.DRAFT) {
			throw new PublishingWithoutReviewException(item.name(), item.version());
		}
		if (status != ItemStatus.IN_REVIEW) {
			throw new PublishedVersionImmutableException(item.id(), item.version());
		}
		if (reviewer.equals(submittedBy)) {
			throw new ReviewerIsDrafterException(item.name());
		}
		LocalDate from = effectiveFrom == null ? today : effectiveFrom;
		if (from.isBefore(today)) {
			throw new ItemElementInvalidException("effectiveFromPast", from);
		}
		status = ItemStatus.PUBLISHED;
		this.effectiveFrom = from;
		return new ServiceItemPublished(item.id(), item.version(), item.unitId(), from);
	}

	/** Whether the version is in force on the day: published and already effective. */
	boolean inForceOn(LocalDate day) {
		return status == ItemStatus.PUBLISHED && !effectiveFrom.isAfter(day);
	}

	/**
	 * The number of the version that starts from this one, the latest: a published item changes only through a new
	 * version, and only one version is open at a time.
	 */
	int nextVersion() {
		if (isOpen()) {
			throw new ItemStateConflictException(item.id(), item.version());
		}
		return item.version() + 1;
	}

	/** The item is withdrawn (停用): a published version leaves force and stays on record. */
	void withdraw() {
		if (status != ItemStatus.PUBLISHED) {
			throw new ItemStateConflictException(item.id(), item.version());
		}
		status = ItemStatus.WITHDRAWN;
	}
}
