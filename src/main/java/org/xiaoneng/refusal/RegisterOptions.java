package org.xiaoneng.refusal;

import java.util.List;

/**
 * What the register can be filtered by: the units, departments, items and handlers of the filings the caller may see.
 *
 * @param units the units
 * @param departments the departments, named with their unit's short name
 * @param items the service items
 * @param handlers the handlers who filed
 */
public record RegisterOptions(List<Option> units, List<Option> departments, List<Option> items,
		List<Option> handlers) {

	public RegisterOptions {
		units = List.copyOf(units);
		departments = List.copyOf(departments);
		items = List.copyOf(items);
		handlers = List.copyOf(handlers);
	}

	/**
	 * One choice of a filter.
	 *
	 * @param id what is filtered by
	 * @param name what people see
	 */
	public record Option(long id, String name) {
	}
}
