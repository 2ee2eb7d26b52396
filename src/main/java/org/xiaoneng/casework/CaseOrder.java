package org.xiaoneng.casework;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.Keyset.Type;

/**
 * The orders a case list can be sorted in, each paged by keyset. Deadline, acceptance day and case number are empty
 * until a case is accepted: such cases come last in every order ({@link Keyset#emptyLast}), and the id breaks ties.
 * The deadline order is served by the index of casework V11.
 */
public enum CaseOrder {

	/** Soonest deadline first (the same order as fewest working days left); cases not yet accepted last. */
	DEADLINE("c.deadline", Type.DATE, false, CaseSearch.Found::deadline),

	/** Latest accepted first; cases not yet accepted last. */
	ACCEPTED("c.accepted_on", Type.DATE, true, CaseSearch.Found::acceptedOn),

	/** By case number (办件编号); cases not yet accepted, which have none, last. */
	NUMBER("c.case_number", Type.TEXT, false, CaseSearch.Found::caseNumber);

	private final Keyset.Order keyset;

	private final Type type;

	private final Function<CaseSearch.Found, Object> value;

	CaseOrder(String column, Type type, boolean descending, Function<CaseSearch.Found, Object> value) {
		this.keyset = new Keyset.Order("case-" + name().toLowerCase(Locale.ROOT),
				Keyset.emptyLast(column, type, descending), "c.id", descending);
		this.type = type;
		this.value = value;
	}

	Keyset.Order keyset() {
		return keyset;
	}

	/** The row's key in this order, as {@link #keyset()} reads it in SQL. */
	List<Object> key(CaseSearch.Found found) {
		return Keyset.emptyLastKey(value.apply(found), type, keyset.descending());
	}
}
