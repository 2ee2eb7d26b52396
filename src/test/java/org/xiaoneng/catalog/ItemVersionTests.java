package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A version's way from draft to history, without Spring or a database: each transition guards itself. */
class ItemVersionTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void aDraftGoesToReviewWithItsDrafterOnRecord() {
		ItemVersion version = version(ItemStatus.DRAFT, null);

		version.submit("handler");

		assertThat(version.status()).isEqualTo(ItemStatus.IN_REVIEW);
		assertThatThrownBy(() -> version.publish("handler", null, TODAY))
			.isInstanceOf(ReviewerIsDrafterException.class);
	}

	@Test
	void aVersionInReviewCannotBeSubmittedAgainNorEdited() {
		ItemVersion version = version(ItemStatus.IN_REVIEW, "handler");

		assertThatThrownBy(() -> version.submit("handler")).isInstanceOf(ItemStateConflictException.class);
		assertThatThrownBy(version::requireDraft).isInstanceOf(ItemStateConflictException.class);
	}

	@Test
	void aPublishedVersionNeverChangesAgain() {
		for (ItemStatus closed : List.of(ItemStatus.PUBLISHED, ItemStatus.SUPERSEDED, ItemStatus.WITHDRAWN)) {
			ItemVersion version = version(closed, "handler");

			assertThatThrownBy(version::requireDraft).isInstanceOf(PublishedVersionImmutableException.class);
			assertThatThrownBy(version::requireAttachable).isInstanceOf(PublishedVersionImmutableException.class);
			assertThatThrownBy(() -> version.submit("handler")).isInstanceOf(PublishedVersionImmutableException.class);
			assertThatThrownBy(() -> version.publish("head", null, TODAY))
				.isInstanceOf(PublishedVersionImmutableException.class);
		}
	}

	@Test
	void theAttachmentsOfAVersionInReviewAreAsFixedAsItsText() {
		assertThatThrownBy(version(ItemStatus.IN_REVIEW, "handler")::requireAttachable)
			.isInstanceOf(PublishedVersionImmutableException.class);
	}

	@Test
	void aDraftCannotBePublishedWithoutReview() {
		assertThatThrownBy(() -> version(ItemStatus.DRAFT, null).publish("head", null, TODAY))
			.isInstanceOf(PublishingWithoutReviewException.class);
	}

	@Test
	void aReviewerWhoDidNotDraftItPublishesItFromTodayAndSaysSo() {
		ItemVersion version = version(ItemStatus.IN_REVIEW, "handler");

		ServiceItemPublished published = version.publish("head", null, TODAY);

		assertThat(version.status()).isEqualTo(ItemStatus.PUBLISHED);
		assertThat(published).isEqualTo(new ServiceItemPublished(7, 2, 1, TODAY));
		assertThat(version.inForceOn(TODAY)).isTrue();
	}

	@Test
	void aVersionPublishedForALaterDayIsNotInForceBeforeIt() {
		ItemVersion version = version(ItemStatus.IN_REVIEW, "handler");

		version.publish("head", TODAY.plusDays(10), TODAY);

		assertThat(version.effectiveFrom()).isEqualTo(TODAY.plusDays(10));
		assertThat(version.inForceOn(TODAY)).isFalse();
		assertThat(version.inForceOn(TODAY.plusDays(10))).isTrue();
	}

	@Test
	void aVersionCannotComeIntoForceInThePast() {
		ItemVersion version = version(ItemStatus.IN_REVIEW, "handler");

		assertThatThrownBy(() -> version.publish("head", TODAY.minusDays(1), TODAY))
			.isInstanceOf(ItemElementInvalidException.class);
		assertThat(version.status()).isEqualTo(ItemStatus.IN_REVIEW);
	}

	@Test
	void onlyAVersionInReviewGoesBackToDraftAndForgetsWhoSubmittedIt() {
		ItemVersion version = version(ItemStatus.IN_REVIEW, "handler");

		version.returnToDraft();

		assertThat(version.status()).isEqualTo(ItemStatus.DRAFT);
		version.submit("head");
		assertThat(version.publish("handler", null, TODAY)).isNotNull();
		assertThatThrownBy(version(ItemStatus.DRAFT, null)::returnToDraft)
			.isInstanceOf(ItemStateConflictException.class);
	}

	@Test
	void theNextVersionStartsOnlyWhenNoneIsOpen() {
		assertThat(version(ItemStatus.PUBLISHED, "handler").nextVersion()).isEqualTo(3);
		assertThat(version(ItemStatus.WITHDRAWN, "handler").nextVersion()).isEqualTo(3);
		assertThatThrownBy(version(ItemStatus.DRAFT, null)::nextVersion)
			.isInstanceOf(ItemStateConflictException.class);
		assertThatThrownBy(version(ItemStatus.IN_REVIEW, "handler")::nextVersion)
			.isInstanceOf(ItemStateConflictException.class);
	}

	@Test
	void onlyAPublishedVersionIsWithdrawnAndThenNoLongerInForce() {
		ItemVersion version = version(ItemStatus.PUBLISHED, "handler");

		version.withdraw();

		assertThat(version.status()).isEqualTo(ItemStatus.WITHDRAWN);
		assertThat(version.inForceOn(TODAY)).isFalse();
		assertThatThrownBy(version(ItemStatus.DRAFT, null)::withdraw).isInstanceOf(ItemStateConflictException.class);
		assertThatThrownBy(version::withdraw).isInstanceOf(ItemStateConflictException.class);
	}

	private static ItemVersion version(ItemStatus status, String submittedBy) {
		LocalDate effectiveFrom = status == ItemStatus.DRAFT || status == ItemStatus.IN_REVIEW ? null
				: TODAY.minusDays(30);
		ServiceItem item = new ServiceItem(7, 2, "食品经营许可", "basic", "impl", ItemType.ADMINISTRATIVE_LICENSE, 1, 11,
				List.of(), List.of(), "", null, null, CaseKind.PROMISED, List.of(), List.of(), List.of(), List.of(), "",
				"", "", "", 1, false, null, 0, "", "", List.of(), status, effectiveFrom);
		return ItemVersion.of(item, submittedBy);
	}
}
