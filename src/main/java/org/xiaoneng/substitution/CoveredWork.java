package org.xiaoneng.substitution;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a substitute did on holders' behalf in a period, with the figures their own work is measured by.
 *
 * @param staffId the substitute
 * @param from the first day counted
 * @param to the last day counted
 * @param items the covered work, latest first
 */
public record CoveredWork(long staffId, LocalDate from, LocalDate to, List<CoveredItem> items) {

	public CoveredWork {
		items = List.copyOf(items);
	}

	@JsonProperty
	public int done() {
		return items.size();
	}

	@JsonProperty
	public long onTime() {
		return items.stream().filter(CoveredItem::onTime).count();
	}

	/** The share done on time, in percent rounded down; 100 when nothing was covered. */
	@JsonProperty
	public long onTimePercent() {
		return items.isEmpty() ? 100 : onTime() * 100 / items.size();
	}
}
