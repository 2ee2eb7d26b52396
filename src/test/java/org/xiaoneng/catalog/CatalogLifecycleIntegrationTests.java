package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/** Items go from draft through review to publication; versions never change; withdrawal keeps history. */
@IntegrationTest
@RecordApplicationEvents
class CatalogLifecycleIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	private CatalogUnit unit() {
		return new CatalogUnit(organization, "县市场监督管理局");
	}

	@Test
	void aPublishedItemIsInForceAndAnnounced() {
		CatalogUnit u = unit();

		ServiceItem item = u.published(catalog, u.foodLicence("食品经营许可（生命周期）", "a"));

		assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
		assertThat(item.effectiveFrom()).isEqualTo(catalog.today());
		assertThat(catalog.current(item.id())).map(ServiceItem::version).contains(1);
		assertThat(catalog.inForceOfUnit(new UnitId(u.unit.id()))).extracting(ServiceItem::id).containsExactly(item.id());
		assertThat(events.stream(ServiceItemPublished.class))
			.contains(new ServiceItemPublished(item.id(), 1, u.unit.id(), catalog.today()));
		assertThat(item.materials()).extracting(Material::number).containsExactly(1, 2, 3);
		assertThat(item.steps()).extracting(ProcedureStep::number).containsExactly(1, 2, 3, 4);
	}

	@Test
	void aDraftIsNeitherPublicNorInForce() {
		CatalogUnit u = unit();
		ServiceItem draft = u.as("handler", () -> catalog.createDraft(u.foodLicence("草稿事项", "b")));

		assertThat(catalog.current(draft.id())).isEmpty();
		assertThatThrownBy(() -> catalog.version(draft.id(), 1)).isInstanceOf(CatalogRecordNotFoundException.class);
	}

	@Test
	void anEditIsTheNextVersionAndTheOldOneStaysAsItWasForOpenCases() {
		CatalogUnit u = unit();
		ServiceItem first = u.published(catalog, u.foodLicence("食品经营许可（改版）", "c"));

		ServiceItem second = u.as("handler", () -> catalog.revise(first.id()));
		ItemDraft shorter = ItemDraft.of(second)
			.withPromisedLimit(TimeLimit.workingDays(8))
			.withSteps(List.of(new ProcedureStep(1, "受理", u.window.id(), 1),
					new ProcedureStep(2, "审查", u.handling.id(), 5), new ProcedureStep(3, "决定", u.lead.id(), 2)));
		u.as("handler", () -> catalog.editDraft(first.id(), 2, shorter));
		u.as("handler", () -> catalog.submitForReview(first.id(), 2));
		u.as("head", () -> catalog.publish(first.id(), 2, null));

		assertThat(catalog.current(first.id()).orElseThrow().promisedLimit().number()).isEqualTo(8);
		ServiceItem old = catalog.version(first.id(), 1);
		assertThat(old.status()).isEqualTo(ItemStatus.SUPERSEDED);
		assertThat(old.promisedLimit().number()).isEqualTo(10);
		assertThat(old.steps()).hasSize(4);
	}

	@Test
	void aVersionPublishedForALaterDateTakesOverOnThatDate() {
		CatalogUnit u = unit();
		ServiceItem first = u.published(catalog, u.foodLicence("食品经营许可（定期生效）", "d"));
		ServiceItem second = u.as("handler", () -> catalog.revise(first.id()));
		u.as("handler", () -> catalog.submitForReview(first.id(), second.version()));
		LocalDate nextWeek = catalog.today().plusDays(7);
		u.as("head", () -> catalog.publish(first.id(), 2, nextWeek));

		assertThat(catalog.current(first.id())).map(ServiceItem::version).contains(1);
		clock.advance(java.time.Duration.ofDays(7));
		try {
			assertThat(catalog.current(first.id())).map(ServiceItem::version).contains(2);
			assertThat(catalog.version(first.id(), 1).status()).isEqualTo(ItemStatus.SUPERSEDED);
		}
		finally {
			clock.advance(java.time.Duration.ofDays(-7));
		}
	}

	@Test
	void aRevisionWhileADraftIsOpenIsRefused() {
		CatalogUnit u = unit();
		ServiceItem first = u.published(catalog, u.foodLicence("食品经营许可（双草稿）", "e"));
		u.as("handler", () -> catalog.revise(first.id()));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.revise(first.id())))
			.isInstanceOf(ItemStateConflictException.class);
	}

	@Test
	void aWithdrawnItemIsNoLongerInForceButItsVersionsRemain() {
		CatalogUnit u = unit();
		ServiceItem item = u.published(catalog, u.foodLicence("食品经营许可（停用）", "f"));

		u.run("head", () -> catalog.withdraw(item.id(), "职能调整，事项划转"));

		assertThat(catalog.current(item.id())).isEmpty();
		assertThat(catalog.inForceOfUnit(new UnitId(u.unit.id()))).isEmpty();
		assertThat(catalog.version(item.id(), 1).status()).isEqualTo(ItemStatus.WITHDRAWN);
		assertThat(events.stream(ServiceItemWithdrawn.class))
			.contains(new ServiceItemWithdrawn(item.id(), 1, u.unit.id()));
	}

	@Test
	void aReviewerReturnsAVersionToItsDrafter() {
		CatalogUnit u = unit();
		ServiceItem draft = u.as("handler", () -> catalog.createDraft(u.foodLicence("退回事项", "g")));
		u.as("handler", () -> catalog.submitForReview(draft.id(), 1));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.editDraft(draft.id(), 1, u.foodLicence("审核中改名", "g"))))
			.isInstanceOf(ItemStateConflictException.class);
		assertThat(u.as("head", () -> catalog.returnToDraft(draft.id(), 1)).status()).isEqualTo(ItemStatus.DRAFT);
		assertThat(u.as("handler", () -> catalog.editDraft(draft.id(), 1, u.foodLicence("退回后改名", "g"))).name())
			.isEqualTo("退回后改名");
	}

	@Test
	void theSearchFindsItemsInForceByKeywordAndFilters() {
		CatalogUnit u = unit();
		ServiceItem item = u.published(catalog, u.foodLicence("检索测试许可" + u.tag, "h"));

		assertThat(catalog.searchInForce("检索测试许可" + u.tag, 10)).extracting(ServiceItem::id).containsExactly(item.id());
		assertThat(catalog.searchInForce("T-" + u.tag + "-h", 10)).extracting(ServiceItem::id).containsExactly(item.id());
		assertThat(catalog.search(new ItemSearch(u.tag, u.unit.id(), u.department.id(), ItemType.ADMINISTRATIVE_LICENSE,
				CaseKind.PROMISED, true))).hasSize(1);
		assertThat(catalog.search(new ItemSearch(u.tag, null, null, null, CaseKind.IMMEDIATE, null))).isEmpty();
		assertThat(catalog.search(new ItemSearch(u.tag, null, null, null, null, false))).isEmpty();
	}

	@Test
	void theUnitsAverageReductionIsTheMeanOfItsItemsReductions() {
		CatalogUnit u = unit();
		u.published(catalog, u.foodLicence("缩短一半", "i"));
		u.published(catalog, u.foodLicence("缩短三分之一", "j")
			.withPromisedLimit(TimeLimit.workingDays(13))
			.withSteps(List.of(new ProcedureStep(1, "受理", u.window.id(), 13))));

		// (10/20 + 7/20) / 2 = 42.5 % → 43 %
		assertThat(catalog.unitCatalog(new UnitId(u.unit.id())).averageReductionPercent()).isEqualTo(43);
		assertThat(catalog.unitCatalog(new UnitId(u.unit.id())).items()).hasSize(2);
	}

	@Test
	void aPublishedCommitmentShowsNoMeasurementUntilCaseworkSuppliesOne() {
		CatalogUnit u = unit();
		u.as("leader", () -> catalog.draftCommitment(new UnitId(u.unit.id()), new CommitmentDraft("我们承诺：",
				List.of(new Promise(0, PromiseCategory.SHORTENED_LIMIT, "按承诺时限办结", CommitmentMetric.ON_TIME_COMPLETION_RATE),
						new Promise(0, PromiseCategory.OTHER, "不收取额外费用", null)))));

		ServiceCommitment published = u.as("leader", () -> catalog.publishCommitment(new UnitId(u.unit.id()), null));

		assertThat(published.signerStaffId()).isEqualTo(u.principal.id());
		assertThat(published.signedOn()).isEqualTo(catalog.today());
		CommitmentReport report = catalog.commitmentReport(new UnitId(u.unit.id())).orElseThrow();
		assertThat(report.promises()).hasSize(2).allSatisfy(promise -> {
			assertThat(promise.thisMonth()).isEmpty();
			assertThat(promise.thisYear()).isEmpty();
		});
	}

	@Test
	void aNewCommitmentVersionSupersedesThePublishedOne() {
		CatalogUnit u = unit();
		CommitmentDraft draft = new CommitmentDraft("承诺：",
				List.of(new Promise(0, PromiseCategory.SERVICE_QUALITY, "热情服务", CommitmentMetric.SATISFACTION_RATE)));
		u.as("leader", () -> catalog.draftCommitment(new UnitId(u.unit.id()), draft));
		u.as("leader", () -> catalog.publishCommitment(new UnitId(u.unit.id()), null));
		u.as("leader", () -> catalog.draftCommitment(new UnitId(u.unit.id()), new CommitmentDraft("新承诺：", draft.promises())));

		assertThat(catalog.commitment(new UnitId(u.unit.id())).orElseThrow().preamble()).isEqualTo("承诺：");
		u.as("leader", () -> catalog.publishCommitment(new UnitId(u.unit.id()), null));
		assertThat(catalog.commitment(new UnitId(u.unit.id())).orElseThrow().version()).isEqualTo(2);
	}

	@Test
	void aHandlerDoesNotWriteTheUnitsCommitment() {
		CatalogUnit u = unit();

		assertThatThrownBy(() -> u.as("handler", () -> catalog.draftCommitment(new UnitId(u.unit.id()), new CommitmentDraft("",
				List.of(new Promise(0, PromiseCategory.OTHER, "承诺", null))))))
			.isInstanceOf(CatalogAuthorityMissingException.class);
		assertThat(catalog.latestCommitment(new UnitId(u.unit.id()))).isEmpty();
	}
}
