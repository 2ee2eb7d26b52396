package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.CoveredItem;
import org.xiaoneng.substitution.CoveredWork;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The source text 六(五): a substitute's handling of the work they cover is measured like the holder's. Steps done on
 * an absent holder's behalf appear on the substitute's record, each on time or late against its due day, on a page
 * and in the API; the holder's record does not carry them.
 */
@IntegrationTest
class CoveredStepsIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void stepsASubstituteCompletesOnAHoldersBehalfAreOnTheSubstitutesRecordWithTheirTimeliness() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		u.as("h", () -> substitutes.registerAbsence(new NewAbsence(u.handler.id(), AbsenceKind.LEAVE, at(3, 9, 8),
				at(3, 12, 18), "病假")));
		long onTime = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		long late = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(onTime));
		u.as("c", () -> cases.accept(late));
		LocalDate lateDue = cases.details(late, org.xiaoneng.organization.DataScope.wholeRegionScope())
			.openStep()
			.dueOn();

		u.as("b", () -> {
			cases.completeStep(onTime, 1, "材料齐全，同意");
			return null;
		});
		clock.set(lateDue.plusDays(3).atTime(10, 0).atZone(CaseworkUnit.ZONE).toInstant());
		u.as("b", () -> {
			cases.completeStep(late, 1, "材料齐全，同意");
			return null;
		});

		CoveredWork record = u.as("b", () -> substitutes.coveredWorkOf(new StaffId(u.backup.id()), LocalDate.of(2026, 3, 1),
				LocalDate.now(clock)));
		assertThat(record.items()).extracting(CoveredItem::itemId, CoveredItem::onTime)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(late + "/1", false),
					org.assertj.core.groups.Tuple.tuple(onTime + "/1", true));
		assertThat(record.done()).isEqualTo(2);
		assertThat(record.onTime()).isEqualTo(1);
		assertThat(record.items()).allSatisfy(item -> assertThat(item.postId()).isEqualTo(u.handling.id()));
		assertThat(u.as("h", () -> substitutes.coveredWorkOf(new StaffId(u.handler.id()), LocalDate.of(2026, 3, 1),
				LocalDate.now(clock))).items()).isEmpty();

		mvc.perform(get("/substitution/covered").with(user(u.username("b")).roles("HANDLER"))
			.param("from", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("代为办理 2 件，按时办结 1 件（50%）")));
		mvc.perform(get("/api/v1/substitution/staff/{id}/covered-work", u.backup.id())
			.with(user(u.username("h")).roles("DEPT_HEAD"))
			.param("from", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].onTime").value(false));
		mvc.perform(get("/api/v1/substitution/staff/{id}/covered-work", u.backup.id())
			.with(user(u.username("h")).roles("DEPT_HEAD"))
			.param("from", "2026-03-01")
			.param("to", "2026-02-01"))
			.andExpect(status().isBadRequest());
	}
}
