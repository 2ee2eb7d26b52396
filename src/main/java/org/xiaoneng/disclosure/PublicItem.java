package org.xiaoneng.disclosure;

import java.time.Instant;
import java.util.List;

/**
 * A published item as the portal shows it: no names of staff, only the feedback its authors agreed to show.
 *
 * @param id the item
 * @param unitId its unit
 * @param unitName its unit's name
 * @param category its category
 * @param cadence when it is published
 * @param title its title
 * @param body its text
 * @param elements the six elements where they apply
 * @param publishedAt when it was published
 * @param attachments its attachments
 * @param feedback the feedback shown publicly, with its answers, oldest first
 */
public record PublicItem(long id, long unitId, String unitName, Category category, Cadence cadence, String title,
		String body, ItemElements elements, Instant publishedAt, List<ItemView.Attachment> attachments,
		List<FeedbackView> feedback) {

	/** The first characters of the text, as a list shows it. */
	public String excerpt() {
		return body.length() <= 120 ? body : body.substring(0, 120) + "…";
	}
}
