package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Resolving the caller, without Spring or a database: the staff member behind a sign-in and their scope are read once,
 * in one statement.
 */
class CallersTests {

	private static final long UNIT = 1, DEPARTMENT = 11;

	private final StaffRecord handler = new StaffRecord(5, "h1", "经办人", Gender.FEMALE, null, "科员",
			PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, StaffStatus.ON_DUTY, UNIT, DEPARTMENT, "handler",
			LocalDate.of(2020, 1, 1), null, List.of(), false);

	private final CountedStaff staff = new CountedStaff(handler);

	private final Callers callers = new Callers(new DataScopes(staff), null);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAdministratorWhoAlsoHandlesIsLookedUpOnceForBothScopes() {
		signIn("ROLE_ADMIN", "ROLE_HANDLER");

		Caller caller = callers.current();

		assertThat(staff.lookups).isEqualTo(1);
		assertThat(caller.scope().wholeRegion()).isTrue();
		assertThat(caller.actsOver(UNIT, DEPARTMENT)).isTrue();
		assertThat(caller.actsOver(UNIT, DEPARTMENT + 1)).isFalse();
		assertThat(caller.is(handler.id())).isTrue();
	}

	@Test
	void aHandlerIsLookedUpOnce() {
		signIn("ROLE_HANDLER");

		Caller caller = callers.current();

		assertThat(staff.lookups).isEqualTo(1);
		assertThat(caller.sees(UNIT, DEPARTMENT)).isTrue();
		assertThat(caller.staff()).map(StaffMember::staffNumber).contains("h1");
	}

	private static void signIn(String... roles) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("handler", "-", roles));
	}

	/** The staff table with one member, counting how often a sign-in name is looked up. */
	private static final class CountedStaff extends StaffMembers {

		private final StaffRecord member;

		private int lookups;

		CountedStaff(StaffRecord member) {
			super(null);
			this.member = member;
		}

		@Override
		Optional<InScope> withScope(String username, boolean leader, boolean head, boolean handler) {
			lookups++;
			Set<Long> departments = head || handler ? Set.of(member.departmentId()) : Set.of();
			return Optional.of(member)
				.filter(record -> record.username().equals(username))
				.map(record -> new InScope(record, Set.of(), departments));
		}
	}
}
