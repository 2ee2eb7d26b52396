package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The personnel office's lists (rule 八 (五)) from the year's final results and the two years before: 优秀 this year
 * for honours and a commendation, three years 优秀 for a merit citation, three years 称职 or better for a step.
 */
class PersonnelListsUnitTests {

	private static final List<ResultView> THIS_YEAR = List.of(result(1, Grade.EXCELLENT), result(2, Grade.EXCELLENT),
			result(3, Grade.COMPETENT), result(4, Grade.BASICALLY_COMPETENT), result(5, Grade.COMPETENT));

	private static final Map<Long, Grade> LAST_YEAR = Map.of(1L, Grade.EXCELLENT, 2L, Grade.COMPETENT, 3L,
			Grade.EXCELLENT, 4L, Grade.COMPETENT, 5L, Grade.COMPETENT);

	private static final Map<Long, Grade> YEAR_BEFORE = Map.of(1L, Grade.EXCELLENT, 2L, Grade.EXCELLENT, 3L,
			Grade.COMPETENT, 4L, Grade.COMPETENT);

	@Test
	void honoursAreThisYearsExcellent() {
		assertThat(select(PersonnelList.HONOURS)).extracting(e -> e.result().objectId(), PersonnelEntry::basis)
			.containsExactly(tuple(1L, "EXCELLENT"), tuple(2L, "EXCELLENT"));
	}

	@Test
	void aStepNeedsThreeYearsCompetentOrBetterAndAYearWithoutAResultBreaksTheRow() {
		assertThat(select(PersonnelList.PROMOTION)).extracting(e -> e.result().objectId())
			.containsExactly(1L, 2L, 3L);
	}

	@Test
	void threeYearsExcellentInARowEarnAMeritCitationOneAYearACommendation() {
		assertThat(select(PersonnelList.REWARDS)).extracting(e -> e.result().objectId(), PersonnelEntry::basis)
			.containsExactly(tuple(1L, "MERIT"), tuple(2L, "COMMENDATION"));
	}

	private static List<PersonnelEntry> select(PersonnelList kind) {
		return PersonnelLists.select(kind, THIS_YEAR, LAST_YEAR, YEAR_BEFORE);
	}

	private static ResultView result(long staffId, Grade grade) {
		return new ResultView(staffId * 10, 2026, ObjectType.STAFF, staffId, "人员" + staffId, 1, 2,
				GradeScale.CIVIL_SERVANT, new SchemeId(1), List.of(), 90, 1, grade, null, ResultState.FINAL, null,
				null, null, null, null, null, false, null);
	}
}
