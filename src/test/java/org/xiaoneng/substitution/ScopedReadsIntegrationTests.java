package org.xiaoneng.substitution;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Reads stay inside the scope (issue 13, finding 7): an absence and its reason are read by the absent person, their
 * substitute, the heads and leaders over them, administrators and supervisors — not by the security administrator,
 * the auditor, the disclosure editor or another unit's head; another unit's post holders, decision authorities and
 * duty board are not found.
 */
@IntegrationTest
class ScopedReadsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	SubstitutionUnit own;

	SubstitutionUnit other;

	@BeforeEach
	void twoUnits() {
		own = new SubstitutionUnit(organization, substitutes);
		other = new SubstitutionUnit(organization, substitutes);
	}

	@Test
	void anAbsenceWithItsReasonIsReadOnlyByThoseWhoseScopeCoversTheAbsentee() throws Exception {
		long id = own.as("c", () -> substitutes.requestAbsence(new NewAbsence(own.clerk.id(), AbsenceKind.LEAVE,
				SubstitutionUnit.at(3, 4, 9), SubstitutionUnit.at(3, 5, 18), "家中有事"))).id();

		for (RequestPostProcessor outsider : new RequestPostProcessor[] { user("secadmin-x").roles("SECURITY_ADMIN"),
				user("auditor-x").roles("AUDITOR"), user("editor-x").roles("DISCLOSURE_EDITOR"),
				user(other.username("h")).roles("DEPT_HEAD"), user(own.username("t")).roles("HANDLER") }) {
			mvc.perform(get("/api/v1/substitution/absences/{id}", id).with(outsider)).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/substitution/absences/{id}/handover", id).with(outsider))
				.andExpect(status().isNotFound());
		}
		for (RequestPostProcessor reader : new RequestPostProcessor[] { user(own.username("c")).roles("WINDOW_CLERK"),
				user(own.username("b")).roles("HANDLER"), user(own.username("h")).roles("DEPT_HEAD"),
				user(own.username("d")).roles("LEADER"), user("supervisor-x").roles("SUPERVISOR"),
				user("admin-x").roles("ADMIN") }) {
			mvc.perform(get("/api/v1/substitution/absences/{id}", id).with(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.reason").value("家中有事"));
		}
	}

	@Test
	void theDutyBoardOfAnotherUnitsDepartmentIsNotFound() throws Exception {
		String board = "/api/v1/substitution/departments/{id}/duty-board";

		mvc.perform(get(board, own.registration.id()).with(user(other.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isNotFound());
		mvc.perform(get(board, own.registration.id()).with(user(own.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk());
		mvc.perform(get(board, own.registration.id()).with(user(own.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isOk());
	}

	@Test
	void theHoldersOfAnotherUnitsPostAreNotFound() throws Exception {
		mvc.perform(get("/api/v1/org/posts/{id}/holders", own.window.id())
			.with(user(other.username("h")).roles("DEPT_HEAD"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/org/posts/{id}/holders", own.window.id())
			.with(user(own.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value((int) own.clerk.id()));
	}

	@Test
	void theDecisionAuthorityOverAnotherUnitsDepartmentIsNotFound() throws Exception {
		String authority = "/api/v1/org/departments/{id}/authority";

		mvc.perform(get(authority, own.registration.id()).param("level", "DEPARTMENT_HEAD")
			.with(user(other.username("d")).roles("LEADER"))).andExpect(status().isNotFound());
		mvc.perform(get(authority, own.registration.id()).param("level", "DEPARTMENT_HEAD")
			.with(user(own.username("d")).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value((int) own.head.id()));
	}
}
