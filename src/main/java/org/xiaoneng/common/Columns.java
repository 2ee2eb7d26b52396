package org.xiaoneng.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moments to and from {@code timestamptz} columns, one way for every repository: the driver reads them as
 * {@link OffsetDateTime} and is given them as {@link OffsetDateTime} in UTC, so no session time zone shifts a deadline.
 */
public final class Columns {

	private Columns() {
	}

	/** The moment in the column, or {@code null} where it is empty. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime stored = rs.getObject(column, OffsetDateTime.class);
		return stored == null ? null : stored.toInstant();
	}

	/** The moment as a query parameter, or {@code null} for none. */
	public static OffsetDateTime time(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
