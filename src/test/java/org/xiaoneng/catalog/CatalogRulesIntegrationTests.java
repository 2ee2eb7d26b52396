package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/** Bad input to the catalog is refused with a clear message and changes nothing. */
@IntegrationTest
class CatalogRulesIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private CatalogUnit unit() {
		return new CatalogUnit(organization, "县市场监督管理局");
	}

	private String message(RuleViolationException refused, Locale locale) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
	}

	private List<String> names(CatalogUnit u) {
		return u.as("handler", () -> catalog.latestVersionsInScope()).stream().map(ServiceItem::name).toList();
	}

	@Test
	void fourteenOfTwentyWorkingDaysIsRefusedNamingBothNumbersAndTheMaximum() {
		CatalogUnit u = unit();
		ItemDraft fourteen = u.foodLicence("食品经营许可14", "a").withPromisedLimit(TimeLimit.workingDays(14));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(fourteen)))
			.isInstanceOfSatisfying(PromisedLimitOverTwoThirdsException.class, refused -> {
				assertThat(message(refused, Locale.CHINESE))
					.isEqualTo("承诺时限 14 个工作日超过法定时限 20 个工作日的三分之二（最多 13 个工作日）");
				assertThat(message(refused, Locale.ENGLISH)).contains("14 working days", "20 working days",
						"at most 13 working days");
			});
		assertThat(names(u)).doesNotContain("食品经营许可14");
	}

	@Test
	void thirteenOfTwentyWorkingDaysIsAccepted() {
		CatalogUnit u = unit();
		ItemDraft thirteen = u.foodLicence("食品经营许可13", "b").withPromisedLimit(TimeLimit.workingDays(13));

		ServiceItem draft = u.as("handler", () -> catalog.createDraft(thirteen));

		assertThat(draft.promisedLimit().number()).isEqualTo(13);
		assertThat(draft.status()).isEqualTo(ItemStatus.DRAFT);
	}

	@Test
	void theMaximumPromiseIsTheFloorOfTwoThirds() {
		assertThat(ItemRules.maximumPromise(20)).isEqualTo(13);
		assertThat(ItemRules.maximumPromise(30)).isEqualTo(20);
		assertThat(ItemRules.maximumPromise(3)).isEqualTo(2);
		assertThat(ItemRules.maximumPromise(1)).isZero();
	}

	@Test
	void naturalDaysAreNamedAsSuch() {
		CatalogUnit u = unit();
		ItemDraft draft = u.foodLicence("自然日事项", "n")
			.withPromisedLimit(new TimeLimit(11, LimitUnit.NATURAL_DAYS, ""));
		ItemDraft natural = new ItemDraft(draft.name(), draft.basicCode(), draft.implementationCode(), draft.type(),
				draft.unitId(), draft.departmentId(), draft.responsiblePostIds(), draft.legalBasis(),
				draft.conditions(), new TimeLimit(15, LimitUnit.NATURAL_DAYS, ""), draft.promisedLimit(),
				draft.caseKind(), draft.steps(), draft.specialProcedures(), draft.materials(), draft.fees(),
				draft.place(), draft.hours(), draft.consultationPhone(), draft.supervisionPhone(), draft.maxVisits(),
				draft.online(), draft.refusalAuthority(), draft.maxExtensionWorkingDays(), draft.discipline(),
				draft.faq());

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(natural)))
			.isInstanceOfSatisfying(PromisedLimitOverTwoThirdsException.class,
					refused -> assertThat(message(refused, Locale.CHINESE))
						.isEqualTo("承诺时限 11 个自然日超过法定时限 15 个自然日的三分之二（最多 10 个自然日）"));
	}

	@Test
	void stepBudgetsOverThePromisedLimitAreRefused() {
		CatalogUnit u = unit();
		ItemDraft draft = u.foodLicence("环节超时事项", "c").withPromisedLimit(TimeLimit.workingDays(9));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(draft)))
			.isInstanceOfSatisfying(StepBudgetsExceedPromisedLimitException.class,
					refused -> assertThat(message(refused, Locale.CHINESE))
						.isEqualTo("各办理环节时限合计 10 个工作日，超过承诺时限 9 个工作日。"));
		assertThat(names(u)).doesNotContain("环节超时事项");
	}

	@Test
	void aStepWithoutAResponsiblePostIsRefused() {
		CatalogUnit u = unit();
		ItemDraft base = u.foodLicence("无岗位环节事项", "d");
		List<ProcedureStep> steps = new ArrayList<>(base.steps());
		steps.set(1, new ProcedureStep(2, "审查", 0, 6));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(base.withSteps(steps))))
			.isInstanceOfSatisfying(StepWithoutResponsiblePostException.class,
					refused -> assertThat(message(refused, Locale.CHINESE)).isEqualTo("办理环节第 2 步“审查”没有指定本单位的责任岗位。"));
		assertThat(names(u)).doesNotContain("无岗位环节事项");
	}

	@Test
	void aStepOnAnotherUnitsPostIsRefused() {
		CatalogUnit u = unit();
		CatalogUnit other = unit();
		ItemDraft base = u.foodLicence("他单位岗位事项", "e");
		List<ProcedureStep> steps = new ArrayList<>(base.steps());
		steps.set(0, new ProcedureStep(1, "受理", other.window.id(), 1));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(base.withSteps(steps))))
			.isInstanceOf(StepWithoutResponsiblePostException.class);
	}

	@Test
	void aMaterialWithoutANameIsRefused() {
		CatalogUnit u = unit();
		ItemDraft base = u.foodLicence("无名材料事项", "f");
		List<Material> materials = new ArrayList<>(base.materials());
		materials.add(CatalogUnit.material("  "));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(base.withMaterials(materials))))
			.isInstanceOfSatisfying(MaterialWithoutNameException.class,
					refused -> assertThat(message(refused, Locale.CHINESE)).isEqualTo("申请材料第 4 项没有填写材料名称。"));
		assertThat(names(u)).doesNotContain("无名材料事项");
	}

	@Test
	void aDuplicateImplementationCodeIsRefused() {
		CatalogUnit u = unit();
		u.as("handler", () -> catalog.createDraft(u.foodLicence("第一个事项", "dup")));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(u.foodLicence("第二个事项", "dup"))))
			.isInstanceOfSatisfying(ImplementationCodeTakenException.class,
					refused -> assertThat(message(refused, Locale.CHINESE)).contains("T-" + u.tag + "-dup", "已被其他事项使用"));
		assertThat(names(u)).contains("第一个事项").doesNotContain("第二个事项");
	}

	@Test
	void publishingADraftThatWasNotReviewedIsRefused() {
		CatalogUnit u = unit();
		ServiceItem draft = u.as("handler", () -> catalog.createDraft(u.foodLicence("未审核事项", "g")));

		assertThatThrownBy(() -> u.as("head", () -> catalog.publish(draft.id(), 1, null)))
			.isInstanceOf(PublishingWithoutReviewException.class);
		assertThat(catalog.current(draft.id())).isEmpty();
	}

	@Test
	void whoeverSubmittedAVersionDoesNotPublishIt() {
		CatalogUnit u = unit();
		ServiceItem draft = u.as("head", () -> catalog.createDraft(u.foodLicence("自审事项", "h")));
		u.as("head", () -> catalog.submitForReview(draft.id(), 1));

		assertThatThrownBy(() -> u.as("head", () -> catalog.publish(draft.id(), 1, null)))
			.isInstanceOf(ReviewerIsDrafterException.class);
		assertThat(u.as("head2", () -> catalog.publish(draft.id(), 1, null)).status()).isEqualTo(ItemStatus.PUBLISHED);
	}

	@Test
	void aHandlerDoesNotPublish() {
		CatalogUnit u = unit();
		ServiceItem draft = u.as("head", () -> catalog.createDraft(u.foodLicence("经办人发布事项", "i")));
		u.as("head", () -> catalog.submitForReview(draft.id(), 1));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.publish(draft.id(), 1, null)))
			.isInstanceOf(CatalogAuthorityMissingException.class);
	}

	@Test
	void editingAPublishedVersionIsRefusedAndItStaysAsPublished() {
		CatalogUnit u = unit();
		ServiceItem published = u.published(catalog, u.foodLicence("已发布事项", "j"));

		assertThatThrownBy(() -> u.as("handler",
				() -> catalog.editDraft(published.id(), 1, u.foodLicence("改名事项", "j"))))
			.isInstanceOfSatisfying(PublishedVersionImmutableException.class,
					refused -> assertThat(message(refused, Locale.CHINESE)).contains("已发布的版本不得修改"));
		assertThat(catalog.version(published.id(), 1).name()).isEqualTo("已发布事项");
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAPublishedVersion() {
		CatalogUnit u = unit();
		ServiceItem published = u.published(catalog, u.foodLicence("数据库保护事项", "k"));

		assertThatThrownBy(() -> jdbc.sql("update catalog.item_version set name = 'x' where item_id = :id")
			.param("id", published.id())
			.update()).hasMessageContaining("never changes");
		assertThatThrownBy(() -> jdbc.sql("delete from catalog.item_version where item_id = :id")
			.param("id", published.id())
			.update()).hasMessageContaining("never deleted");
		assertThat(catalog.version(published.id(), 1).name()).isEqualTo("数据库保护事项");
	}

	@Test
	void anImmediateItemPromisesZero() {
		CatalogUnit u = unit();
		ItemDraft base = u.foodLicence("即办事项", "l");
		ItemDraft immediate = new ItemDraft(base.name(), base.basicCode(), base.implementationCode(), base.type(),
				base.unitId(), base.departmentId(), base.responsiblePostIds(), base.legalBasis(), base.conditions(),
				base.statutoryLimit(), base.promisedLimit(), CaseKind.IMMEDIATE, base.steps(), base.specialProcedures(),
				base.materials(), base.fees(), base.place(), base.hours(), base.consultationPhone(),
				base.supervisionPhone(), base.maxVisits(), base.online(), base.refusalAuthority(),
				base.maxExtensionWorkingDays(), base.discipline(), base.faq());

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(immediate)))
			.isInstanceOfSatisfying(ItemElementInvalidException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("catalog.rule.element.immediatePromisesZero"));
	}

	@Test
	void anItemWithoutAStatutoryLimitSaysWhy() {
		CatalogUnit u = unit();
		ItemDraft base = u.foodLicence("无法定时限事项", "m");
		ItemDraft unexplained = new ItemDraft(base.name(), base.basicCode(), base.implementationCode(), base.type(),
				base.unitId(), base.departmentId(), base.responsiblePostIds(), base.legalBasis(), base.conditions(),
				new TimeLimit(null, LimitUnit.WORKING_DAYS, " "), base.promisedLimit(), base.caseKind(), base.steps(),
				base.specialProcedures(), base.materials(), base.fees(), base.place(), base.hours(),
				base.consultationPhone(), base.supervisionPhone(), base.maxVisits(), base.online(),
				base.refusalAuthority(), base.maxExtensionWorkingDays(), base.discipline(), base.faq());

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(unexplained)))
			.isInstanceOfSatisfying(ItemElementInvalidException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("catalog.rule.element.noStatutoryLimitExplanation"));
	}

	@Test
	void anAttachmentOverTheLimitIsRefused() {
		CatalogUnit u = unit();
		ServiceItem draft = u.as("handler", () -> catalog.createDraft(u.foodLicence("大附件事项", "o")));
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);

		assertThatThrownBy(() -> u.run("handler",
				() -> catalog.attach(draft.id(), 1, 1, AttachmentKind.BLANK_FORM, "申请书.pdf", big)))
			.isInstanceOfSatisfying(AttachmentTooLargeException.class,
					refused -> assertThat(message(refused, Locale.CHINESE)).contains("申请书.pdf", "10 MB"));
		assertThat(u.as("handler", () -> catalog.versionInScope(draft.id(), 1)).materials().get(0).hasBlankForm()).isFalse();
	}

	@Test
	void anAttachmentWhoseContentIsNotItsAllowedTypeIsRefused() {
		CatalogUnit u = unit();
		ServiceItem draft = u.as("handler", () -> catalog.createDraft(u.foodLicence("伪装附件事项", "p")));
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

		assertThatThrownBy(() -> u.run("handler",
				() -> catalog.attach(draft.id(), 1, 1, AttachmentKind.BLANK_FORM, "申请书.pdf", executable)))
			.isInstanceOf(AttachmentTypeNotAllowedException.class);
		assertThatThrownBy(() -> u.run("handler",
				() -> catalog.attach(draft.id(), 1, 1, AttachmentKind.SAMPLE, "样本.exe", "%PDF-1.7".getBytes())))
			.isInstanceOf(AttachmentTypeNotAllowedException.class);
		assertThat(u.as("handler", () -> catalog.versionInScope(draft.id(), 1)).materials().get(0).hasSample()).isFalse();
	}

	@Test
	void aPdfFormIsAttachedAndDownloadedOncePublished() {
		CatalogUnit u = unit();
		ServiceItem draft = u.as("handler", () -> catalog.createDraft(u.foodLicence("附件事项", "q")));
		byte[] pdf = "%PDF-1.7\n%%EOF".getBytes();
		u.run("handler", () -> catalog.attach(draft.id(), 1, 2, AttachmentKind.SAMPLE, "营业执照样本.pdf", pdf));
		u.as("handler", () -> catalog.submitForReview(draft.id(), 1));
		u.as("head", () -> catalog.publish(draft.id(), 1, null));

		assertThat(catalog.version(draft.id(), 1).materials().get(1).hasSample()).isTrue();
		AttachmentFile file = catalog.publicAttachment(draft.id(), 1, 2, AttachmentKind.SAMPLE);
		assertThat(file.content()).isEqualTo(pdf);
		assertThat(file.contentType()).isEqualTo("application/pdf");
	}
}
