package org.xiaoneng.disclosure;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * 政务公开 as the public sees it, without sign-in: what the units published, by category and unit or by a search in
 * Chinese, each item with its attachments and the feedback shown publicly, and feedback (意见建议) left on an item.
 * Nothing unpublished and no staff member's or author's name leaves it.
 */
@Service
public class DisclosurePortal {

	private final DisclosureBrowsing browsing;

	private final FeedbackTaking taking;

	DisclosurePortal(DisclosureBrowsing browsing, FeedbackTaking taking) {
		this.browsing = browsing;
		this.taking = taking;
	}

	/**
	 * The published items of a category and a unit (null for all), newest first; with a query, those holding all its
	 * pieces, ranked by where they are found (title before text), newest first among equals. At most 100.
	 */
	public List<PublicItem> find(String query, Category category, Long unitId) {
		return browsing.find(query, category, unitId);
	}

	/** How many items each category has published, of a unit or all. */
	public Map<Category, Integer> countsByCategory(Long unitId) {
		return browsing.counts(unitId);
	}

	/** The units that have published something, id to name. */
	public Map<Long, String> publishingUnits() {
		return browsing.units();
	}

	/** A published item with its attachments and the feedback shown publicly. */
	public PublicItem item(long id) {
		return browsing.item(id);
	}

	/** An attachment of a published item. */
	public AttachmentFile attachment(long itemId, long attachmentId) {
		return browsing.attachment(itemId, attachmentId);
	}

	/** Leaves feedback on a published item; it is answered within the configured working days. */
	public long leaveFeedback(long itemId, NewFeedback feedback) {
		return taking.leave(itemId, feedback);
	}
}
