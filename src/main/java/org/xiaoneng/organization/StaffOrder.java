package org.xiaoneng.organization;

import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.Keyset.Column;
import org.xiaoneng.common.Keyset.Type;

/** The orders the staff list can be sorted in, each served by an index (V11) and paged by keyset. */
public enum StaffOrder {

	/** By unit, department and staff number: the roster as the personnel office keeps it. */
	UNIT(Keyset.Order.ascending("unit", "s.id", new Column("s.unit_id", Type.NUMBER),
			new Column("s.department_id", Type.NUMBER), new Column("s.staff_number", Type.TEXT))),

	/** By staff number (工号). */
	NUMBER(Keyset.Order.ascending("number", "s.id", new Column("s.staff_number", Type.TEXT))),

	/** By name. */
	NAME(Keyset.Order.ascending("name", "s.id", new Column("s.name", Type.TEXT)));

	private final Keyset.Order keyset;

	StaffOrder(Keyset.Order keyset) {
		this.keyset = keyset;
	}

	Keyset.Order keyset() {
		return keyset;
	}
}
