package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.testing.TestData.runAs;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.testing.IntegrationTest;

/** Schemes through the facade and the database: the tree read back whole, versions, refusals that change nothing. */
@IntegrationTest
class SchemeIntegrationTests {

	@Autowired
	PerformanceEvaluation evaluation;

	@Test
	void theTeamDraftsTheSourceTextsStaffSchemeAndReadsItBackWhole() {
		SchemeView drafted = asTeam(() -> evaluation.draftDefaultScheme(2041, ObjectType.STAFF,
				GradeScale.CIVIL_SERVANT, true));

		SchemeView read = asStaff(() -> evaluation.scheme(drafted.id().value()));
		assertThat(read.dimensions()).isEqualTo(DefaultSchemes.staff(true));
		assertThat(read.version()).isEqualTo(1);
		assertThat(asStaff(() -> evaluation.schemes(2041))).extracting(SchemeView::id).containsExactly(drafted.id());
	}

	@Test
	void aSecondDraftIsTheNextVersionAndTheListShowsTheLatest() {
		asTeam(() -> evaluation.draftDefaultScheme(2042, ObjectType.DEPARTMENT, GradeScale.CIVIL_SERVANT, false));
		SchemeView second = asTeam(() -> evaluation.draftDefaultScheme(2042, ObjectType.DEPARTMENT,
				GradeScale.CIVIL_SERVANT, false));

		assertThat(second.version()).isEqualTo(2);
		assertThat(asStaff(() -> evaluation.schemes(2042))).extracting(SchemeView::version).containsExactly(2);
	}

	@Test
	void weightsNotSummingToOneHundredAreRefusedAndNothingIsSaved() {
		List<Indicator> lopsided = List.of(Indicator.dimension("A", "甲", 90,
				List.of(Indicator.scored("A.1", "年终考核", 100, IndicatorKind.YEAR_END))));

		assertThatThrownBy(() -> asTeam(() -> evaluation.draftScheme(2043, ObjectType.STAFF, GradeScale.INSTITUTION,
				lopsided))).isInstanceOf(SchemeInvalidException.class);
		assertThat(asStaff(() -> evaluation.schemes(2043))).isEmpty();
	}

	@Test
	void onlyTheEvaluationTeamDraftsSchemes() {
		assertThatThrownBy(() -> asStaff(() -> evaluation.draftDefaultScheme(2044, ObjectType.STAFF,
				GradeScale.CIVIL_SERVANT, false))).isInstanceOf(AccessDeniedException.class);
		assertThat(asStaff(() -> evaluation.schemes(2044))).isEmpty();
	}

	static <T> T asTeam(Supplier<T> action) {
		return runAs("evaluation-team", action, "ROLE_SUPERVISOR");
	}

	private static <T> T asStaff(Supplier<T> action) {
		return runAs("evaluation-handler", action, "ROLE_HANDLER");
	}
}
