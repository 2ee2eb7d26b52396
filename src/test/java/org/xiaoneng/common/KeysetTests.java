package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.Keyset.Column;
import org.xiaoneng.common.Keyset.Order;
import org.xiaoneng.common.Keyset.Type;

/** The cursor's round trip, its refusal of anything else, and paging through a list in memory as SQL would page it. */
class KeysetTests {

	private static final Order NEWEST = Order.descending("newest", "id", new Column("received_at", Type.INSTANT));

	private static final Order BY_NUMBER = Order.ascending("number", "id", new Column("number", Type.TEXT));

	record Row(long id, Instant receivedAt) {
	}

	@Test
	void aFirstPageHasNoConditionAndFetchesOneRowMore() {
		Keyset first = Keyset.at(null, NEWEST, 20);
		assertThat(first.isFirst()).isTrue();
		assertThat(first.condition()).isEqualTo("true");
		assertThat(first.orderAndLimit()).isEqualTo(" order by received_at desc, id desc limit :keysetLimit");
		assertThat(first.parameters()).containsEntry("keysetLimit", 21).hasSize(1);
	}

	@Test
	void theNextCursorStartsAfterTheLastRowAndThePreviousEndsBeforeTheFirst() {
		Instant t = Instant.parse("2026-03-02T01:02:03.123456Z");
		List<Row> fetched = List.of(new Row(9, t), new Row(8, t), new Row(7, t.minusSeconds(1)));
		KeysetPage<Row> page = Keyset.first(NEWEST, 2).page(fetched, row -> List.of(row.receivedAt()), Row::id);
		assertThat(page.rows()).extracting(Row::id).containsExactly(9L, 8L);
		assertThat(page.previous()).isNull();
		Keyset next = Keyset.at(page.next(), NEWEST, 2);
		assertThat(next.condition()).isEqualTo("(received_at, id) < (:keyset0, :keysetId)");
		assertThat(next.parameters()).containsEntry("keyset0", OffsetDateTime.ofInstant(t, ZoneOffset.UTC))
			.containsEntry("keysetId", 8L);

		KeysetPage<Row> second = next.page(List.of(new Row(7, t.minusSeconds(1))), row -> List.of(row.receivedAt()),
				Row::id);
		assertThat(second.next()).isNull();
		Keyset back = Keyset.at(second.previous(), NEWEST, 2);
		assertThat(back.condition()).isEqualTo("(received_at, id) > (:keyset0, :keysetId)");
		assertThat(back.orderAndLimit()).isEqualTo(" order by received_at, id limit :keysetLimit");
	}

	@Test
	void pagingForwardAndBackThroughTiesLosesAndRepeatsNothing() {
		// 23 rows, many on the same key: only the id tells them apart
		List<Row> all = new ArrayList<>();
		Instant base = Instant.parse("2026-03-02T00:00:00Z");
		IntStream.range(0, 23).forEach(i -> all.add(new Row(100 + i, base.plusSeconds(i / 5))));
		Comparator<Row> listOrder = Comparator.comparing(Row::receivedAt).thenComparingLong(Row::id).reversed();
		List<Row> expected = all.stream().sorted(listOrder).toList();

		List<List<Long>> forward = new ArrayList<>();
		String cursor = null;
		List<String> previousCursors = new ArrayList<>();
		do {
			KeysetPage<Row> page = fetch(all, Keyset.at(cursor, NEWEST, 4), listOrder);
			forward.add(page.rows().stream().map(Row::id).toList());
			previousCursors.add(page.previous());
			cursor = page.next();
		}
		while (cursor != null);
		assertThat(forward.stream().flatMap(List::stream).toList())
			.isEqualTo(expected.stream().map(Row::id).toList());
		assertThat(forward).hasSize(6);
		assertThat(previousCursors.get(0)).isNull();

		// back from the last page, page by page, to the first
		for (int i = forward.size() - 1; i > 0; i--) {
			KeysetPage<Row> back = fetch(all, Keyset.at(previousCursors.get(i), NEWEST, 4), listOrder);
			assertThat(back.rows().stream().map(Row::id).toList()).isEqualTo(forward.get(i - 1));
			assertThat(back.next()).isNotNull();
			assertThat(back.previous() == null).isEqualTo(i == 1);
		}
	}

	/** What the SQL of the keyset does, over rows in memory. */
	private static KeysetPage<Row> fetch(List<Row> all, Keyset keyset, Comparator<Row> listOrder) {
		var parameters = keyset.parameters();
		boolean backwards = keyset.orderAndLimit().contains("received_at, id limit");
		Comparator<Row> order = backwards ? listOrder.reversed() : listOrder;
		List<Row> fetched = all.stream().filter(row -> {
			if (keyset.isFirst()) {
				return true;
			}
			Row edge = new Row((Long) parameters.get("keysetId"),
					((OffsetDateTime) parameters.get("keyset0")).toInstant());
			return order.compare(row, edge) > 0;
		}).sorted(order).limit((Integer) parameters.get("keysetLimit")).toList();
		return keyset.page(fetched, row -> List.of(row.receivedAt()), Row::id);
	}

	@Test
	void aPageCountsOnlyTheRowsItShowsAndSaysWhenThereAreMore() {
		Instant t = Instant.parse("2026-03-02T00:00:00Z");
		List<Row> three = List.of(new Row(3, t), new Row(2, t), new Row(1, t));
		// the whole list on a first page: exact
		KeysetPage<Row> whole = Keyset.first(NEWEST, 3).page(three, row -> List.of(row.receivedAt()), Row::id);
		assertThat(whole).extracting(KeysetPage::total, KeysetPage::totalExact).containsExactly(3L, true);
		// one row more than the page was fetched: "more than 2", the fetched extra row not counted as shown
		KeysetPage<Row> more = Keyset.first(NEWEST, 2).page(three, row -> List.of(row.receivedAt()), Row::id);
		assertThat(more).extracting(KeysetPage::total, KeysetPage::totalExact).containsExactly(2L, false);
		// a later page knows nothing of the rows before it: its last row alone is not the whole list
		KeysetPage<Row> last = Keyset.at(more.next(), NEWEST, 2)
			.page(List.of(new Row(1, t)), row -> List.of(row.receivedAt()), Row::id);
		assertThat(last).extracting(KeysetPage::total, KeysetPage::totalExact).containsExactly(1L, false);
	}

	@Test
	void aCursorThatIsNotOneOfOursIsRefused() {
		String good = Keyset.first(BY_NUMBER, 1)
			.page(List.of("A1", "A2"), number -> List.of(number), number -> 5)
			.next();
		assertThat(Keyset.at(good, BY_NUMBER, 1).parameters()).containsEntry("keyset0", "A1");
		for (String bad : List.of("%%%", "abc", good.substring(0, good.length() - 3), encode("k1\u001fnumber\u001fa\u001fA1"),
				encode("k1\u001fnumber\u001fx\u001fA1\u001f5"), encode("k1\u001fnumber\u001fa\u001fA1\u001fnot-an-id"))) {
			assertThatThrownBy(() -> Keyset.at(bad, BY_NUMBER, 1)).as(bad)
				.isInstanceOf(BadCursorException.class)
				.extracting(e -> ((BadCursorException) e).kind())
				.isEqualTo(RuleViolationException.Kind.INVALID_INPUT);
		}
		// a cursor of one order is not read in another
		assertThatThrownBy(() -> Keyset.at(good, NEWEST, 1)).isInstanceOf(BadCursorException.class);
		String badInstant = encode("k1\u001fnewest\u001fa\u001fyesterday\u001f5");
		assertThatThrownBy(() -> Keyset.at(badInstant, NEWEST, 1)).isInstanceOf(BadCursorException.class);
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}
}
