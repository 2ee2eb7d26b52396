package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/** The publishing workflow as the item guards it: a second person's review, no personal data, history by steps. */
class DisclosureItemUnitTests {

	static final StaffId EDITOR = new StaffId(1);

	static final StaffId REVIEWER = new StaffId(2);

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static final List<PersonalDataFinding> CLEAN = List.of();

	static final List<PersonalDataFinding> PHONE = List
		.of(new PersonalDataFinding(PersonalDataFinding.Kind.MOBILE, "BODY", List.of("1"), "138****8000"));

	@Test
	void anItemIsPublishedAfterASecondPersonClearedIt() {
		DisclosureItem item = draft(Cadence.AD_HOC, LocalDate.of(2026, 3, 31));
		item.submitForReview(CLEAN);
		item.clear(REVIEWER, "审查人", CLEAN);

		DisclosureItemPublished published = item.publish(Instant.parse("2026-03-10T02:00:00Z"), TODAY, CLEAN);

		assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
		assertThat(published.publishedOn()).isEqualTo(TODAY);
		assertThat(item.dueOn()).as("an ad hoc item is done once published").isNull();
	}

	@Test
	void aDraftIsNotPublishedWithoutReview() {
		DisclosureItem item = draft(Cadence.AD_HOC, TODAY);

		assertThatThrownBy(() -> item.publish(Instant.now(), TODAY, CLEAN)).isInstanceOf(ItemNotReviewedException.class);
		assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
	}

	@Test
	void theEditorDoesNotClearTheirOwnDraft() {
		DisclosureItem item = draft(Cadence.AD_HOC, TODAY);
		item.submitForReview(CLEAN);

		assertThatThrownBy(() -> item.clear(EDITOR, "起草人", CLEAN)).isInstanceOf(ReviewerIsAuthorException.class);
		assertThat(item.status()).isEqualTo(ItemStatus.IN_REVIEW);
	}

	@Test
	void aPhoneNumberBlocksSubmissionClearingAndPublication() {
		DisclosureItem draft = draft(Cadence.AD_HOC, TODAY);
		assertThatThrownBy(() -> draft.submitForReview(PHONE)).isInstanceOf(PersonalDataFoundException.class);

		draft.submitForReview(CLEAN);
		assertThatThrownBy(() -> draft.clear(REVIEWER, "审查人", PHONE)).isInstanceOf(PersonalDataFoundException.class);

		draft.clear(REVIEWER, "审查人", CLEAN);
		assertThatThrownBy(() -> draft.publish(Instant.now(), TODAY, PHONE))
			.isInstanceOf(PersonalDataFoundException.class);
		assertThat(draft.status()).isEqualTo(ItemStatus.CLEARED);
	}

	@Test
	void aChangeAfterClearingNeedsANewReview() {
		DisclosureItem item = draft(Cadence.AD_HOC, TODAY);
		item.submitForReview(CLEAN);
		item.clear(REVIEWER, "审查人", CLEAN);

		item.revise(new ItemDraft(Category.PROCUREMENT, Cadence.AD_HOC, "改后的标题", "正文", null, TODAY), TODAY);

		assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
		assertThat(item.reviewerName()).isNull();
	}

	@Test
	void aPublishedRegularItemFallsDueAtTheEndOfTheNextPeriodAndHandsThatToItsNextEdition() {
		DisclosureItem item = draft(Cadence.QUARTERLY, LocalDate.of(2026, 3, 31));
		item.submitForReview(CLEAN);
		item.clear(REVIEWER, "审查人", CLEAN);
		item.publish(Instant.now(), TODAY, CLEAN);

		assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(item.handOverDue()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(item.dueOn()).isNull();
	}

	@Test
	void aWithdrawnItemIsOffThePortalAndOnlyAPublishedOneIsWithdrawn() {
		DisclosureItem item = draft(Cadence.AD_HOC, TODAY);
		assertThatThrownBy(item::withdraw).isInstanceOf(ItemStateException.class);

		item.submitForReview(CLEAN);
		item.clear(REVIEWER, "审查人", CLEAN);
		item.publish(Instant.now(), TODAY, CLEAN);
		item.withdraw();

		assertThat(item.status()).isEqualTo(ItemStatus.WITHDRAWN);
	}

	@Test
	void anItemPastItsDueDayRaisesItsOverdueEventOnce() {
		DisclosureItem item = draft(Cadence.MONTHLY, LocalDate.of(2026, 2, 28));

		assertThat(item.checkOverdue(LocalDate.of(2026, 2, 28))).as("due today is not late").isFalse();
		assertThat(item.checkOverdue(LocalDate.of(2026, 3, 2))).isTrue();
		assertThat(item.checkOverdue(LocalDate.of(2026, 3, 3))).as("raised once per due day").isFalse();
		assertThat(item.drainEvents()).singleElement()
			.isEqualTo(new DisclosureItemOverdue(new DisclosureItemId(7), new UnitId(10), new DepartmentId(20), EDITOR,
					"2026年2月财政收支", Cadence.MONTHLY, LocalDate.of(2026, 2, 28)));
	}

	@Test
	void periodsEndOnTheLastDayOfTheMonthQuarterAndYear() {
		assertThat(Cadence.MONTHLY.endOfPeriod(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Cadence.QUARTERLY.endOfPeriod(LocalDate.of(2026, 11, 5))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(Cadence.QUARTERLY.endOfNextPeriod(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(Cadence.YEARLY.endOfNextPeriod(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	private static DisclosureItem draft(Cadence cadence, LocalDate dueOn) {
		DisclosureItem item = DisclosureItem.draft(new UnitId(10), new DepartmentId(20), EDITOR, "编辑",
				new ItemDraft(Category.BUDGET_AND_ACCOUNTS, cadence, "2026年2月财政收支", "收支情况如下。", null, null),
				dueOn, null);
		item.saved(7);
		return item;
	}
}
