package org.xiaoneng.supervision.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * What the cockpit keeps and shows beyond its live figures: the 约谈 flag recorded once for the department last two
 * months running, the ranking exported to Excel within the leader's scope, and the public figures of each unit.
 */
@IntegrationTest
class CockpitIntegrationTests {

	private static final YearMonth JANUARY = YearMonth.of(2026, 1);

	private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	TalkSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private Instant before;

	private String tag;

	private Unit unit;

	private Department first;

	private Department middle;

	private Department last;

	@BeforeEach
	void aUnitWithThreeDepartments() {
		before = clock.instant();
		clock.set(LocalDateTime.of(LocalDate.of(2026, 3, 9), LocalTime.of(10, 0)).atZone(Clocks.BUSINESS_ZONE).toInstant());
		tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "排名测试局" + tag, "排" + tag, creditCode()));
		});
		first = department("登记注册科");
		middle = department("审核科");
		last = department("综合科");
		asAdmin(() -> organization.join(new NewStaff("l" + tag, first.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("局长", Gender.MALE, null, "局长", PoliticalStatus.MASSES, Employment.ESTABLISHED,
						null, null, leader()))));
		for (YearMonth month : new YearMonth[] { JANUARY, FEBRUARY }) {
			completed(month, first, 10, 10);
			completed(month, middle, 10, 8);
			completed(month, last, 10, 5);
		}
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void aDepartmentLastTwoMonthsRunningIsFlaggedForATalkOnce() throws Exception {
		assertThat(sweep.flag(unit.id(), FEBRUARY)).isTrue();
		assertThat(sweep.flag(unit.id(), FEBRUARY)).isFalse();

		assertThat(jdbc.sql("select department_id from supervision.talk_flag where unit_id = :unit")
			.param("unit", unit.id())
			.query(Long.class)
			.list()).containsExactly(last.id());
		String cockpit = mvc.perform(get("/supervision/cockpit").with(user(leader()).roles("LEADER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(cockpit).contains("id=\"cockpit-talks\"", "综合科连续两个月排名末位");
	}

	@Test
	void theLeadersPageRanksLastMonthsDepartmentsAndSaysHowLongItsReadsTook() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/supervision/cockpit").with(user(leader()).roles("LEADER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(page.getHeader("Server-Timing")).matches("reads;dur=\\d+\\.\\d");
		String february = page.getContentAsString(StandardCharsets.UTF_8)
			.split("id=\"ranking-2026-02-0\"", 2)[1].split("</table>", 2)[0];
		assertThat(february).containsSubsequence("登记注册科", "审核科", "综合科");
	}

	@Test
	void theRankingExportsToExcelInTheLeadersScopeOnly() throws Exception {
		completed(YearMonth.of(2026, 3), first, 2, 2);
		completed(YearMonth.of(2026, 3), last, 2, 1);

		byte[] workbook = mvc.perform(get("/supervision/cockpit/export").param("table", "RANKING")
			.with(user(leader()).roles("LEADER"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("登记注册科");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("综合科");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
		Unit other = asAdmin(() -> organization.createUnit(new NewUnit("520999", "他局" + tag, "他" + tag, creditCode())));
		mvc.perform(get("/supervision/cockpit/export").param("table", "RANKING")
			.param("unit", String.valueOf(other.id()))
			.with(user(leader()).roles("LEADER"))).andExpect(status().isNotFound());
	}

	@Test
	void everyTableOfTheCockpitExportsToExcelWithItsHeadingsAndRows() throws Exception {
		completed(YearMonth.of(2026, 3), first, 2, 2);

		for (CockpitTable table : CockpitTable.values()) {
			byte[] workbook = mvc.perform(get("/supervision/cockpit/export").param("table", table.name())
				.with(user(leader()).roles("LEADER"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
				Sheet sheet = book.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(table + " has its headings").isNotBlank();
				if (table != CockpitTable.RULES && table != CockpitTable.WINDOWS) {
					// the unit's three departments (or the twelve months) have rows; it has no cards, no window posts
					assertThat(sheet.getLastRowNum()).as(table + " has rows").isPositive();
				}
			}
		}
	}

	@Test
	void anyoneReadsEachUnitsOnTimeRateAndSatisfactionThisMonth() throws Exception {
		completed(YearMonth.of(2026, 3), first, 4, 3);

		String page = mvc.perform(get("/portal/supervision"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("排名测试局" + tag, "75.0%");
	}

	@Test
	void aMalformedFigureOrMonthIsRefusedWithAMessageNotAServerError() throws Exception {
		mvc.perform(get("/supervision/cockpit/cases").param("figure", "EVERYTHING").with(user(leader()).roles("LEADER")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/supervision/rankings").param("month", "2026-13").with(user(leader()).roles("LEADER")))
			.andExpect(status().isBadRequest());
		String problem = mvc.perform(get("/api/v1/supervision/rankings").with(user("cockpit-s-" + tag).roles("SUPERVISOR"))
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(problem).contains("Rankings are per unit");
	}

	private void completed(YearMonth month, Department department, int completed, int onTime) {
		jdbc.sql("""
				insert into supervision.daily_figure (day, unit_id, department_id, completed, on_time, updated_at)
				values (:day, :unit, :department, :completed, :onTime, now())""")
			.param("day", month.atDay(2))
			.param("unit", unit.id())
			.param("department", department.id())
			.param("completed", completed)
			.param("onTime", onTime)
			.update();
	}

	private Department department(String name) {
		return asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, name)));
	}

	private String leader() {
		return "cockpit-l-" + tag;
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> action) {
		return runAs("cockpit-admin", action, "ROLE_ADMIN");
	}
}
