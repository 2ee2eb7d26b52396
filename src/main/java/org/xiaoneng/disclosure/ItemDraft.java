package org.xiaoneng.disclosure;

import java.time.LocalDate;

/**
 * What an editor writes for an item.
 *
 * @param category its place in the catalogue
 * @param cadence when it is published
 * @param title its title
 * @param body its text
 * @param elements the six elements where they apply
 * @param arisenOn for an ad hoc item, the day the information arose or changed (the 20 working days run from it); for
 *        an item by stage, the day the stage is due; ignored for a regular one
 */
public record ItemDraft(Category category, Cadence cadence, String title, String body, ItemElements elements,
		LocalDate arisenOn) {

	public ItemDraft {
		title = title == null ? null : title.strip();
		elements = elements == null ? ItemElements.none() : elements;
	}
}
