package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.BadCursorException;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;
import org.xiaoneng.testing.Workbooks;

/**
 * The case lists are paged by keyset in each of their orders: cases not yet accepted (no deadline, acceptance day or
 * case number) come last, and paging forward or back shows every case of the list exactly once, in the order the
 * database gives for the list's membership counted independently.
 */
@IntegrationTest
class CaseListsIntegrationTests {

	private static final String UNDECIDED = "('RECEIVED', 'AWAITING_CORRECTION', 'ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING')";

	/** The department queue's membership and order, written out apart from the list's own SQL. */
	private static final Map<CaseOrder, String> EXPECTED_ORDER = Map.of(CaseOrder.DEADLINE,
			"deadline asc nulls last, id asc", CaseOrder.ACCEPTED, "accepted_on desc nulls last, id desc",
			CaseOrder.NUMBER, "case_number asc nulls last, id asc");

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void theDepartmentQueueShowsEveryCaseOnceInEachOrderPagingForwardAndBackWithTheUnacceptedLast() {
		CaseworkUnit u = queueOfMixedCases();
		List<Long> unaccepted = jdbc.sql("select id from casework.case_file where department_id = :d and deadline is null and state in " + UNDECIDED)
			.param("d", u.registration.id())
			.query(Long.class)
			.list();
		assertThat(unaccepted).hasSize(3);

		for (CaseOrder order : CaseOrder.values()) {
			List<Long> expected = jdbc
				.sql("select id from casework.case_file where department_id = :d and state in " + UNDECIDED + " order by "
						+ EXPECTED_ORDER.get(order))
				.param("d", u.registration.id())
				.query(Long.class)
				.list();
			assertThat(expected).hasSize(10);

			List<KeysetPage<CaseSummary>> forward = new ArrayList<>();
			KeysetPage<CaseSummary> page = queue(u, order, null);
			forward.add(page);
			while (page.next() != null) {
				page = queue(u, order, page.next());
				forward.add(page);
			}
			List<Long> shown = forward.stream().flatMap(p -> p.rows().stream()).map(CaseSummary::id).toList();
			assertThat(shown).as(order.name()).containsExactlyElementsOf(expected);
			assertThat(shown.subList(7, 10)).as(order.name()).containsExactlyInAnyOrderElementsOf(unaccepted);
			// each page counts only what it shows, "more than" that: none holds the whole queue
			assertThat(forward).as(order.name()).hasSize(4).allSatisfy(p -> {
				assertThat(p.total()).isEqualTo(p.rows().size());
				assertThat(p.totalExact()).isFalse();
			});

			List<Long> backward = new ArrayList<>(page.rows().stream().map(CaseSummary::id).toList());
			while (page.previous() != null) {
				page = queue(u, order, page.previous());
				backward.addAll(0, page.rows().stream().map(CaseSummary::id).toList());
			}
			assertThat(backward).as(order.name()).containsExactlyElementsOf(expected);
			assertThat(new LinkedHashSet<>(backward)).hasSize(10);
		}
	}

	@Test
	void aCursorOfOneOrderIsRefusedInAnotherOnThePageAndInTheApi() throws Exception {
		CaseworkUnit u = queueOfMixedCases();
		String byDeadline = queue(u, CaseOrder.DEADLINE, null).next();

		assertThatExceptionOfType(BadCursorException.class).isThrownBy(() -> queue(u, CaseOrder.NUMBER, byDeadline));
		mvc.perform(get("/api/v1/cases").param("list", "DEPARTMENT").param("sort", "NUMBER").param("cursor", byDeadline)
			.with(user(u.username("h")).roles("DEPT_HEAD"))).andExpect(status().isBadRequest());
		mvc.perform(get("/cases").param("list", "DEPARTMENT").param("sort", "ACCEPTED").param("cursor", byDeadline)
			.with(user(u.username("h")).roles("DEPT_HEAD"))).andExpect(status().isBadRequest());
	}

	@Test
	void theApiAndThePageGiveTheQueueAPageAtATimeWithItsCursorsAndSortableHeads() throws Exception {
		CaseworkUnit u = queueOfMixedCases();
		String next = queue(u, CaseOrder.ACCEPTED, null).next();

		mvc.perform(get("/api/v1/cases").param("list", "DEPARTMENT").param("sort", "ACCEPTED").param("size", "3")
			.with(user(u.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(3))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.totalExact").value(false))
			.andExpect(jsonPath("$.next").value(next))
			.andExpect(jsonPath("$.previous").doesNotExist());
		mvc.perform(get("/cases").param("list", "DEPARTMENT").param("sort", "ACCEPTED")
			.with(user(u.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(Matchers.containsString("sort=DEADLINE")))
			.andExpect(content().string(Matchers.containsString("data-total=\"10\"")));
	}

	@Test
	void theRegisterExportHoldsTheListsCasesInItsOrderAndAnotherUnitsClerkGetsNoneOfThem() throws Exception {
		CaseworkUnit u = queueOfMixedCases();
		CaseworkUnit other = new CaseworkUnit(organization, substitutes, catalog);
		List<String> listed = new ArrayList<>();
		KeysetPage<CaseSummary> page = queue(u, CaseOrder.ACCEPTED, null);
		page.rows().forEach(c -> listed.add(c.queryCode()));
		while (page.next() != null) {
			page = queue(u, CaseOrder.ACCEPTED, page.next());
			page.rows().forEach(c -> listed.add(c.queryCode()));
		}

		try (var book = export(u.username("h"), "DEPT_HEAD", "list", "DEPARTMENT", "sort", "ACCEPTED")) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("查询码");
			assertThat(java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
				.mapToObj(row -> sheet.getRow(row).getCell(1).getStringCellValue())
				.toList()).isEqualTo(listed).hasSize(10);
		}
		try (var book = export(other.username("c"), "WINDOW_CLERK", "itemId", Long.toString(u.item.id()))) {
			assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1);
		}
	}

	private org.apache.poi.xssf.usermodel.XSSFWorkbook export(String username, String role, String... parameters)
			throws Exception {
		var request = get("/cases/export").with(user(username).roles(role));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return Workbooks.downloaded(mvc, request);
	}

	private KeysetPage<CaseSummary> queue(CaseworkUnit u, CaseOrder order, String cursor) {
		return u.as("h", "ROLE_DEPT_HEAD", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.DEPARTMENT), order, cursor, 3));
	}

	/**
	 * Ten undecided cases of the registration department: seven accepted over four days (three on one day, so with
	 * one deadline), three waiting for acceptance; and one withdrawn, which the queue does not hold.
	 */
	private CaseworkUnit queueOfMixedCases() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		int[] days = { 9, 10, 10, 10, 11, 12, 12 };
		for (int day : days) {
			clock.set(at(3, day, 9));
			long id = submitted(u);
			u.as("c", () -> cases.accept(id));
		}
		clock.set(at(3, 12, 10));
		for (int i = 0; i < 3; i++) {
			submitted(u);
		}
		long withdrawn = submitted(u);
		u.as("c", () -> cases.withdraw(withdrawn, "申请人撤回"));
		return u;
	}

	private long submitted(CaseworkUnit u) {
		return u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
	}
}
