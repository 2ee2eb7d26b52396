package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.BadCursorException;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The inquiry lists paged by keyset: every page of what a clerk took first and of the register, walked forward and
 * back, holds exactly the rows an independent query orders, none lost or repeated where many share one moment; another
 * unit's clerk sees none of them; an altered cursor is a 400 that says so.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryListPagingIntegrationTests {

	/** More than two pages, on two moments: dozens of rows share each sort key, only the id tells them apart. */
	private static final int TAKEN = RegisterReading.PAGE_SIZE * 2 + 7;

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	InquiryUnit u;

	InquiryUnit other;

	@BeforeAll
	void registerMoreThanTwoPages() {
		u = new InquiryUnit(organization, substitutes);
		other = new InquiryUnit(organization, substitutes);
		Instant start = clock.instant();
		try {
			for (int i = 0; i < TAKEN; i++) {
				if (i == TAKEN / 2) {
					clock.advance(Duration.ofMinutes(3));
				}
				String subject = "翻页" + i + u.tag;
				u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation(subject), null));
			}
		}
		finally {
			clock.set(start);
		}
		other.as("c", "WINDOW_CLERK", () -> register.register(other.consultation("外单位" + other.tag), null));
	}

	@Test
	void theClerksFirstInquiriesPageForwardAndBackInTheOrderAnIndependentQueryGives() {
		List<Long> expected = jdbc.sql("""
				select id from inquiry.inquiry where first_responder_id = :clerk and not confidential
				order by received_at desc, id desc""").param("clerk", u.clerk.id()).query(Long.class).list();
		assertThat(expected).hasSize(TAKEN);

		List<KeysetPage<RegisterEntry>> pages = walk(cursor -> u.as("c", "WINDOW_CLERK", () -> register.takenFirst(cursor)));
		assertThat(pages).hasSize(3);
		assertThat(pages.stream().flatMap(page -> page.rows().stream()).map(RegisterEntry::id).toList())
			.isEqualTo(expected);
		// the first page counts only what it shows, "more than" that
		assertThat(pages.get(0).total()).isEqualTo(RegisterReading.PAGE_SIZE);
		assertThat(pages.get(0).totalExact()).isFalse();
		assertThat(pages.get(0).previous()).isNull();
		assertThat(pages.get(2).next()).isNull();
		// back from the last page to the first, page by page
		for (int i = pages.size() - 1; i > 0; i--) {
			String previous = pages.get(i).previous();
			KeysetPage<RegisterEntry> back = u.as("c", "WINDOW_CLERK", () -> register.takenFirst(previous));
			assertThat(back.rows()).isEqualTo(pages.get(i - 1).rows());
		}
	}

	@Test
	void theRegisterPagesWithinTheHeadsScopeAndAnotherUnitsClerkSeesNoneOfIt() {
		RegisterFilter ofUnit = new RegisterFilter(null, null, null, null, u.unit.id(), null, false, false);
		List<Long> expected = jdbc.sql("""
				select id from inquiry.inquiry where unit_id = :unit and not confidential
				order by received_at desc, id desc""").param("unit", u.unit.id()).query(Long.class).list();
		List<KeysetPage<RegisterEntry>> pages = walk(
				cursor -> u.as("p", "LEADER", () -> register.register(ofUnit, null, cursor)));
		assertThat(pages.stream().flatMap(page -> page.rows().stream()).map(RegisterEntry::id).toList())
			.isEqualTo(expected)
			.hasSizeGreaterThanOrEqualTo(TAKEN);

		assertThat(other.as("c", "WINDOW_CLERK", () -> register.register(ofUnit, null, null)).rows()).isEmpty();
		assertThat(other.as("c", "WINDOW_CLERK", () -> register.takenFirst(null).rows()))
			.extracting(RegisterEntry::unitId)
			.containsOnly(other.unit.id());
		assertThat(other.as("c", "WINDOW_CLERK", () -> register.registerAll(ofUnit))).isEmpty();
	}

	@Test
	void theRegisterPagesInEachSortAsAnIndependentQuerySortsIt() throws Exception {
		RegisterFilter ofUnit = new RegisterFilter(null, null, null, null, u.unit.id(), null, false, false);
		Map<RegisterOrder, String> sql = Map.of(RegisterOrder.RECEIVED, "received_at desc, id desc",
				RegisterOrder.DEADLINE, "deadline, id", RegisterOrder.QUERY_CODE, "query_code, id");
		for (RegisterOrder order : RegisterOrder.values()) {
			List<Long> expected = jdbc
				.sql("select id from inquiry.inquiry where unit_id = :unit and not confidential order by "
						+ sql.get(order))
				.param("unit", u.unit.id())
				.query(Long.class)
				.list();
			List<KeysetPage<RegisterEntry>> pages = walk(
					cursor -> u.as("p", "LEADER", () -> register.register(ofUnit, order, cursor)));
			assertThat(pages.stream().flatMap(page -> page.rows().stream()).map(RegisterEntry::id).toList())
				.as(order.name())
				.isEqualTo(expected);
		}
		mvc.perform(get("/inquiries/register").param("unit", Long.toString(u.unit.id())).param("sort", "DEADLINE")
			.with(user(u.username("p")).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString("sort=QUERY_CODE")))
			.andExpect(content().string(containsString("id=\"register-pager\"")));
	}

	@Test
	void theMinePageShowsAPageWithItsTotalAndALinkToTheNext() throws Exception {
		mvc.perform(get("/inquiries/mine").with(user(u.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"taken-first-pager\"")))
			// a full page with more after it says so, without counting beyond the page
			.andExpect(content().string(containsString("超过 " + RegisterReading.PAGE_SIZE + " 条（只计本页）")))
			.andExpect(content().string(containsString("takenCursor=")));
	}

	@Test
	void anAlteredCursorIsABadRequestThatSaysSoOnThePageAndInTheApi() throws Exception {
		String next = u.as("c", "WINDOW_CLERK", () -> register.takenFirst(null)).next();
		String altered = "A" + next;
		mvc.perform(get("/inquiries/mine").param("takenCursor", altered)
			.with(user(u.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("翻页链接无效")));
		mvc.perform(get("/api/v1/inquiries/mine/taken-first").param("cursor", "not-a-cursor")
			.header("Accept-Language", "en")
			.with(user(u.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("paging.badCursor"));
		// a cursor of one list is not read by another ordered otherwise
		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK", () -> register.following(next)))
			.isInstanceOf(BadCursorException.class);
	}

	private static List<KeysetPage<RegisterEntry>> walk(Function<String, KeysetPage<RegisterEntry>> list) {
		List<KeysetPage<RegisterEntry>> pages = new ArrayList<>();
		String cursor = null;
		do {
			KeysetPage<RegisterEntry> page = list.apply(cursor);
			pages.add(page);
			cursor = page.next();
		}
		while (cursor != null && pages.size() < 100);
		return pages;
	}
}
