package org.xiaoneng.catalog;

import java.util.List;

/**
 * A unit's items in force and by how much their promised limits are shorter than the statutory ones on average.
 *
 * @param unitId the unit
 * @param items its items in force, by name
 * @param averageReductionPercent the mean of (statutory − promised) / statutory over the items with a statutory
 * limit, in whole percent; {@code null} when there are none
 */
public record UnitCatalog(long unitId, List<ServiceItem> items, Integer averageReductionPercent) {

	public UnitCatalog {
		items = List.copyOf(items);
	}
}
