package org.xiaoneng.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An item as its editors and reviewers see it, with its attachments and history.
 *
 * @param id the item
 * @param unitId its unit
 * @param category its category
 * @param cadence when it is published
 * @param title its title
 * @param body its text
 * @param elements the six elements
 * @param status where it stands
 * @param editorName who drafted it
 * @param reviewerName who cleared it, once cleared
 * @param dueOn by when something must be published, if anything is due
 * @param publishedAt when it was published
 * @param attachments its attachments
 * @param history its steps, oldest first
 */
public record ItemView(DisclosureItemId id, long unitId, Category category, Cadence cadence, String title, String body,
		ItemElements elements, ItemStatus status, String editorName, String reviewerName, LocalDate dueOn,
		Instant publishedAt, List<Attachment> attachments, List<Step> history) {

	/** An attachment as lists show it. */
	public record Attachment(long id, String name, String mediaType, int size) {
	}

	/** A step of the item: drafted, submitted, cleared, sent back, published, withdrawn, with the title then. */
	public record Step(Instant at, String action, String by, String note, String title) {
	}

	static ItemView of(DisclosureItem item, List<Attachment> attachments, List<Step> history) {
		return new ItemView(new DisclosureItemId(item.idOrNull()), item.unitId().value(), item.category(),
				item.cadence(), item.title(), item.body(), item.elements(), item.status(), item.editorName(),
				item.reviewerName(), item.dueOn(), item.publishedAt(), attachments, history);
	}
}
