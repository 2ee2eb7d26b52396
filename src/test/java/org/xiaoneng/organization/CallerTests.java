package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The caller's rules, without Spring: who reads and who works which unit's cases. */
class CallerTests {

	private static final long UNIT = 1, OTHER_UNIT = 2, DEPARTMENT = 11, OTHER_DEPARTMENT = 21;

	private static final DataScope NOTHING = new DataScope(false, Set.of(), Set.of(), null);

	@Test
	void anAdministratorReadsTheWholeRegionButWorksNoCase() {
		Caller admin = new Caller("admin", Set.of("ADMIN"), staff(UNIT, DEPARTMENT), DataScope.wholeRegionScope(),
				NOTHING, false);

		assertThat(admin.sees(OTHER_UNIT, OTHER_DEPARTMENT)).isTrue();
		assertThat(admin.actsOver(UNIT, DEPARTMENT)).isFalse();
		assertThat(admin.worksWindowOf(UNIT, DEPARTMENT)).isFalse();
		assertThat(admin.leadsOver(UNIT, DEPARTMENT)).isFalse();
	}

	@Test
	void aWindowClerkWorksTheWindowOfTheirOwnUnitOnly() {
		DataScope ownWork = new DataScope(false, Set.of(), Set.of(), "c1");
		Caller clerk = new Caller("clerk", Set.of("WINDOW_CLERK"), staff(UNIT, DEPARTMENT), ownWork, ownWork, false);

		assertThat(clerk.worksWindowOf(UNIT, OTHER_DEPARTMENT)).isTrue();
		assertThat(clerk.worksWindowOf(OTHER_UNIT, OTHER_DEPARTMENT)).isFalse();
		assertThat(clerk.sees(UNIT, DEPARTMENT)).isFalse();
	}

	@Test
	void aHandlerWorksTheWindowOfTheirDepartmentButLeadsNothing() {
		DataScope department = new DataScope(false, Set.of(), Set.of(DEPARTMENT), "h1");
		Caller handler = new Caller("handler", Set.of("HANDLER"), staff(UNIT, DEPARTMENT), department, department,
				false);

		assertThat(handler.worksWindowOf(UNIT, DEPARTMENT)).isTrue();
		assertThat(handler.worksWindowOf(UNIT, OTHER_DEPARTMENT)).isFalse();
		assertThat(handler.leadsOver(UNIT, DEPARTMENT)).isFalse();
	}

	@Test
	void outOfScopeAnswersWithTheModulesMissingRecord() {
		Caller nobody = new Caller("x", Set.of(), null, NOTHING, NOTHING, false);

		assertThatThrownBy(() -> nobody.requireScopeOver(UNIT, DEPARTMENT, () -> new IllegalStateException("missing")))
			.hasMessage("missing");
		assertThat(nobody.is(null)).isFalse();
	}

	@Test
	void theSystemWorksEverywhere() {
		assertThat(Caller.SYSTEM.isSystem()).isTrue();
		assertThat(Caller.SYSTEM.worksWindowOf(OTHER_UNIT, OTHER_DEPARTMENT)).isTrue();
		assertThat(Caller.SYSTEM.leadsOver(OTHER_UNIT, OTHER_DEPARTMENT)).isTrue();
	}

	private static StaffMember staff(long unitId, long departmentId) {
		return new StaffMember(7, "s7", "某人", Gender.FEMALE, null, "科员", PoliticalStatus.MASSES, Employment.ESTABLISHED,
				null, null, StaffStatus.ON_DUTY, unitId, departmentId, "someone", LocalDate.of(2020, 1, 1), null,
				List.of(), false);
	}
}
