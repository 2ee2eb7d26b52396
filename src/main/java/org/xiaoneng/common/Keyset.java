package org.xiaoneng.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Keyset paging, one way for every list that can grow: a page starts after (or ends before) the sort key and id of
 * the row at its edge, so page 400 costs what page 1 costs and a row added meanwhile is neither lost nor repeated.
 * The cursor carries the order's name, the key and the id, base64url-encoded; the caller does not read it, and a
 * cursor that is not one of ours, or belongs to another order, is refused with a 400 that says so
 * ({@link BadCursorException}).
 * <p>
 * Every key column must be non-null and sort in the same direction as the id (SQL compares the row values
 * {@code (key…, id)} at once, which one index on those columns serves).
 * <p>
 * A page counts no more rows than it shows: the query reads one row more than the page, and that row alone tells
 * whether there is more. The total is exact when the whole list fits on a first page; otherwise it is the rows shown,
 * marked as "more than" ({@code totalExact} false), since no list counts its matches beyond its page (issue 20: a count
 * of a thousand matches cost more than the page itself at ten million cases).
 */
public final class Keyset {

	private static final char SEPARATOR = '\u001f';

	private static final String PREFIX = "k1";

	/** How a key column is written in the cursor and read back as a bind value. */
	public enum Type {

		TEXT, NUMBER, DATE, INSTANT, BOOLEAN;

		String write(Object value) {
			return switch (this) {
				case INSTANT -> ((Instant) value).toString();
				default -> value.toString();
			};
		}

		Object read(String text) {
			return switch (this) {
				case TEXT -> text;
				case NUMBER -> Long.valueOf(text);
				case DATE -> LocalDate.parse(text);
				case INSTANT -> OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
				case BOOLEAN -> switch (text) {
					case "true" -> Boolean.TRUE;
					case "false" -> Boolean.FALSE;
					default -> throw new IllegalArgumentException(text);
				};
			};
		}
	}

	/** One column of the sort key: its SQL expression and how its value travels in the cursor. */
	public record Column(String expression, Type type) {
	}

	/**
	 * The two key columns of a column that may be empty (a case's deadline before acceptance): whether its value is
	 * missing, then the value with a stand-in where it is missing. SQL compares no nulls, and the empty rows come last
	 * in either direction; the stand-in is never compared with a real value, since the flag differs first. A row's key
	 * for them is {@link #emptyLastKey(Object, Type, boolean)}.
	 */
	public static List<Column> emptyLast(String expression, Type type, boolean descending) {
		// ascending, "is null" sorts the missing (true) last; descending, "is not null" sorts them (false) last
		String standIn = switch (type) {
			case TEXT -> "''";
			case NUMBER -> "0";
			case DATE -> "date '" + NO_DATE + "'";
			case INSTANT, BOOLEAN -> throw new IllegalArgumentException("no stand-in for " + type);
		};
		return List.of(new Column("(" + expression + (descending ? " is not null)" : " is null)"), Type.BOOLEAN),
				new Column("coalesce(" + expression + ", " + standIn + ")", type));
	}

	/** A row's values of the two {@link #emptyLast(String, Type, boolean)} columns, for {@link #page}. */
	public static List<Object> emptyLastKey(Object value, Type type, boolean descending) {
		Object standIn = switch (type) {
			case TEXT -> "";
			case NUMBER -> 0L;
			case DATE -> NO_DATE;
			case INSTANT, BOOLEAN -> throw new IllegalArgumentException("no stand-in for " + type);
		};
		return List.of(descending == (value != null), value != null ? value : standIn);
	}

	private static final LocalDate NO_DATE = LocalDate.of(1970, 1, 1);

	/**
	 * A list's order: its name (carried in the cursor, so that a cursor of one order is not read in another), the
	 * key columns, the id column that breaks ties, and the direction of all of them.
	 */
	public record Order(String name, List<Column> columns, String idColumn, boolean descending) {

		public Order {
			columns = List.copyOf(columns);
		}

		public static Order ascending(String name, String idColumn, Column... columns) {
			return new Order(name, List.of(columns), idColumn, false);
		}

		public static Order descending(String name, String idColumn, Column... columns) {
			return new Order(name, List.of(columns), idColumn, true);
		}
	}

	private final Order order;

	private final List<Object> key;

	private final long id;

	private final boolean backwards;

	private final int size;

	private Keyset(Order order, List<Object> key, long id, boolean backwards, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("page size " + size);
		}
		this.order = order;
		this.key = key;
		this.id = id;
		this.backwards = backwards;
		this.size = size;
	}

	/** The first page in this order. */
	public static Keyset first(Order order, int size) {
		return new Keyset(order, null, 0, false, size);
	}

	/**
	 * The page a cursor names in this order, or the first page when there is none.
	 * @throws BadCursorException when the text is not a cursor of this order
	 */
	public static Keyset at(String cursor, Order order, int size) {
		if (cursor == null || cursor.isBlank()) {
			return first(order, size);
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
			List<String> parts = split(text);
			int columns = order.columns().size();
			if (parts.size() != columns + 4 || !PREFIX.equals(parts.get(0)) || !order.name().equals(parts.get(1))
					|| !("a".equals(parts.get(2)) || "b".equals(parts.get(2)))) {
				throw new BadCursorException();
			}
			List<Object> key = new ArrayList<>(columns);
			for (int i = 0; i < columns; i++) {
				key.add(order.columns().get(i).type().read(parts.get(3 + i)));
			}
			return new Keyset(order, key, Long.parseLong(parts.get(3 + columns)), "b".equals(parts.get(2)), size);
		}
		catch (IllegalArgumentException | DateTimeParseException | ClassCastException unreadable) {
			throw new BadCursorException();
		}
	}

	/** Whether this is the first page (no cursor). */
	public boolean isFirst() {
		return key == null;
	}

	/** The condition that starts the page after (or before) the cursor's row; {@code true} on a first page. */
	public String condition() {
		if (key == null) {
			return "true";
		}
		boolean less = order.descending() != backwards;
		String columns = order.columns().stream().map(Column::expression).collect(Collectors.joining(", "));
		String values = java.util.stream.IntStream.range(0, key.size())
			.mapToObj(i -> ":keyset" + i)
			.collect(Collectors.joining(", "));
		return "(" + columns + ", " + order.idColumn() + ") " + (less ? "<" : ">") + " (" + values + ", :keysetId)";
	}

	/** The order and limit of the query: one row more than the page, to know whether there is a next. */
	public String orderAndLimit() {
		boolean descending = order.descending() != backwards;
		String direction = descending ? " desc" : "";
		List<String> terms = new ArrayList<>();
		order.columns().forEach(column -> terms.add(column.expression() + direction));
		terms.add(order.idColumn() + direction);
		return " order by " + String.join(", ", terms) + " limit :keysetLimit";
	}

	/** The values for {@link #condition()} and {@link #orderAndLimit()}, to add to the query's own. */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("keysetLimit", size + 1);
		if (key != null) {
			for (int i = 0; i < key.size(); i++) {
				parameters.put("keyset" + i, key.get(i));
			}
			parameters.put("keysetId", id);
		}
		return parameters;
	}

	/**
	 * The page from the rows the query fetched (at most one more than the page), in the list's order, with the
	 * cursors of the pages before and after it where there are such, and its count: the rows it shows, exact when
	 * they are the whole list, "more than" otherwise.
	 * @param keyOf the row's values of the order's key columns, in their order ({@link Instant} for INSTANT)
	 */
	public <T> KeysetPage<T> page(List<T> fetched, Function<T, List<Object>> keyOf, ToLongFunction<T> idOf) {
		boolean more = fetched.size() > size;
		List<T> rows = new ArrayList<>(more ? fetched.subList(0, size) : fetched);
		if (backwards) {
			Collections.reverse(rows);
		}
		boolean before = backwards ? more : key != null;
		boolean after = backwards || more;
		String previous = before && !rows.isEmpty() ? cursor(rows.get(0), keyOf, idOf, "b") : null;
		String next = after && !rows.isEmpty() ? cursor(rows.get(rows.size() - 1), keyOf, idOf, "a") : null;
		// exact only when nothing lies before or after: a first page with no next row
		return new KeysetPage<>(rows, previous, next, rows.size(), key == null && !more);
	}

	private <T> String cursor(T row, Function<T, List<Object>> keyOf, ToLongFunction<T> idOf, String direction) {
		List<Object> values = keyOf.apply(row);
		StringBuilder text = new StringBuilder(PREFIX).append(SEPARATOR)
			.append(order.name())
			.append(SEPARATOR)
			.append(direction);
		for (int i = 0; i < values.size(); i++) {
			text.append(SEPARATOR).append(order.columns().get(i).type().write(values.get(i)));
		}
		text.append(SEPARATOR).append(idOf.applyAsLong(row));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> split(String text) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == SEPARATOR) {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		return parts;
	}
}
