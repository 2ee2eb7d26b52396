package org.xiaoneng.disclosure;

import java.time.LocalDate;

import org.xiaoneng.common.UnitId;

/**
 * An item was published on the portal after its review. Listeners may notify subscribers or count publications for
 * the annual report; the item itself is read through {@link Disclosure}.
 *
 * @param itemId the item
 * @param unitId the unit that published it
 * @param category its category
 * @param publishedOn the day of publication
 */
public record DisclosureItemPublished(DisclosureItemId itemId, UnitId unitId, Category category,
		LocalDate publishedOn) {
}
