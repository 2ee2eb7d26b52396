package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

import com.jayway.jsonpath.JsonPath;

/**
 * The supervision cockpit's numbers (issue 14, "done when") equal counts computed here from casework's own tables:
 * a unit of its own gets four months of demo cases carried through the casework facade, the cockpit hears of them only
 * through casework's events, and its API and drill-down lists must agree with the database. It lives beside the
 * casework test unit and demo builder it uses.
 */
@IntegrationTest
class CockpitFiguresIntegrationTests {

	private static final String OPEN = "('ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING')";

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	CasePortal portal;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	CatalogFixture fixture;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ListenersAtRest listeners;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 15));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void theCockpitsNumbersEqualTheCountsOfTheCasesInTheDatabase() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, fixture);
		new DemoCasework(cases, portal, catalog, organization, calendar, jdbc, (Clock) clock).casesOf(u.unit, 80,
				new Random(14));
		today(u);
		assertThat(listeners.await(Duration.ofMinutes(2))).as("the listeners came to rest").isTrue();
		LocalDate today = LocalDate.of(2026, 3, 9);
		long unit = u.unit.id();

		theFiguresMatchTheCases(u, unit, today);
	}

	private void theFiguresMatchTheCases(CaseworkUnit u, long unit, LocalDate today) throws Exception {
		String json = asLeader(u, "/api/v1/supervision/cockpit?unit=" + unit);

		assertThat(number(json, "$.intakeToday")).isEqualTo(count(
				"select count(*) from casework.case_file where unit_id = :unit and received_on = :today", unit, today));
		long open = count("select count(*) from casework.case_file where unit_id = :unit and accepted_on is not null"
				+ " and state in " + OPEN, unit, today);
		assertThat(open).isPositive();
		assertThat(number(json, "$.openCases")).isEqualTo(open);
		for (YearMonth month = YearMonth.of(2025, 11); !month.isAfter(YearMonth.of(2026, 3)); month = month.plusMonths(1)) {
			assertMonth(json, unit, month);
		}
		assertThat(number(json, "$.month.completed")).isEqualTo(number(json, "$.trend[11].completed"));
		long completedInAll = 0;
		for (int i = 0; i < 12; i++) {
			completedInAll += number(json, "$.trend[" + i + "].completed");
		}
		assertThat(completedInAll).as("some demo cases were completed").isPositive();
	}

	@Test
	void theOpenCasesNumberDrillsDownToExactlyTheOpenCases() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, fixture);
		new DemoCasework(cases, portal, catalog, organization, calendar, jdbc, (Clock) clock).casesOf(u.unit, 40,
				new Random(3));
		today(u);
		assertThat(listeners.await(Duration.ofMinutes(2))).as("the listeners came to rest").isTrue();

		theOpenCasesAreListed(u);
	}

	private void theOpenCasesAreListed(CaseworkUnit u) throws Exception {
		String page = asLeader(u, "/supervision/cockpit/cases?figure=OPEN");

		Set<Long> listed = new TreeSet<>();
		Matcher link = Pattern.compile("href=\"/cases/(\\d+)\"").matcher(page);
		while (link.find()) {
			listed.add(Long.parseLong(link.group(1)));
		}
		List<Long> open = jdbc.sql("select id from casework.case_file where unit_id = :unit and accepted_on is not null"
				+ " and state in " + OPEN)
			.param("unit", u.unit.id())
			.query(Long.class)
			.list();
		assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(open);
	}

	@Test
	void aLeaderCannotOpenAnotherUnitsCockpit() throws Exception {
		CaseworkUnit mine = new CaseworkUnit(organization, substitutes, fixture);
		CaseworkUnit other = new CaseworkUnit(organization, substitutes, fixture);

		mvc.perform(get("/api/v1/supervision/cockpit").param("unit", String.valueOf(other.unit.id()))
			.with(user(mine.username("p")).roles("LEADER"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/cockpit").param("unit", String.valueOf(other.unit.id()))
			.with(user(mine.username("h")).roles("DEPT_HEAD"))).andExpect(status().isForbidden());
	}

	private void assertMonth(String json, long unit, YearMonth month) {
		String at = "$.trend[?(@.month == '" + month + "')]";
		Map<String, Object> params = Map.of("unit", unit, "from", month.atDay(1), "to", month.atEndOfMonth());
		long received = count("select count(*) from casework.case_file where unit_id = :unit"
				+ " and received_on between :from and :to", params);
		long completed = count("select count(*) from casework.case_file where unit_id = :unit"
				+ " and state in ('COMPLETED', 'DELIVERED') and decided_on between :from and :to", params);
		long onTime = count("select count(*) from casework.case_file where unit_id = :unit"
				+ " and state in ('COMPLETED', 'DELIVERED') and decided_on between :from and :to"
				+ " and decided_on <= deadline", params);
		long daysUsed = count("select coalesce(sum(working_days_used), 0) from casework.commitment_fact"
				+ " where unit_id = :unit and completed_on between :from and :to", params);
		long rated = count("select count(*) from casework.rating where unit_id = :unit"
				+ " and rated_on between :from and :to", params);
		long satisfied = count("select count(*) from casework.rating where unit_id = :unit"
				+ " and rated_on between :from and :to and overall >= 3", params);
		long dissatisfied = count("select count(*) from casework.rating where unit_id = :unit"
				+ " and rated_on between :from and :to and overall <= 2", params);

		assertThat(single(json, at + ".received")).as("received in %s", month).isEqualTo(received);
		assertThat(single(json, at + ".completed")).as("completed in %s", month).isEqualTo(completed);
		assertThat(single(json, at + ".onTime")).as("on time in %s", month).isEqualTo(onTime);
		assertThat(single(json, at + ".rated")).as("rated in %s", month).isEqualTo(rated);
		assertThat(single(json, at + ".satisfied")).as("好评 in %s", month).isEqualTo(satisfied);
		assertThat(single(json, at + ".dissatisfied")).as("差评 in %s", month).isEqualTo(dissatisfied);
		List<Object> average = JsonPath.read(json, at + ".averageDaysUsed");
		if (completed == 0) {
			assertThat(average).containsOnlyNulls();
		}
		else {
			assertThat(((Number) average.get(0)).doubleValue()).as("average days used in %s", month)
				.isEqualTo(Math.round(daysUsed * 10.0 / completed) / 10.0);
		}
	}

	/** Today at the window: three submissions, of which two accepted and one of those withdrawn. */
	private void today(CaseworkUnit u) {
		u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null));
		long open = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		long withdrawn = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(open));
		u.as("c", () -> cases.accept(withdrawn));
		u.as("c", () -> cases.withdraw(withdrawn, "申请人撤回"));
	}

	private String asLeader(CaseworkUnit u, String path) throws Exception {
		return mvc.perform(get(path).with(user(u.username("p")).roles("LEADER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private long count(String sql, long unit, LocalDate today) {
		return count(sql, Map.of("unit", unit, "today", today));
	}

	private long count(String sql, Map<String, Object> params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	private static long single(String json, String path) {
		List<Number> found = JsonPath.read(json, path);
		assertThat(found).as(path).hasSize(1);
		return found.get(0).longValue();
	}
}
