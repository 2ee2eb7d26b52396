package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * 行政许可法 第四十二条 and 第四十五条 in the catalog: a licence is extended by 10 working days at most unless it cites the
 * law that allows more, and only art. 45's special procedures stop the clock unless the item cites the law for another.
 * A refused draft is not saved.
 */
@IntegrationTest
class TimeLimitRulesIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	MessageSource messages;

	@Test
	void aLicenceExtendedBeyondTenWorkingDaysWithoutTheLawThatAllowsItIsRefusedAndNothingIsSaved() {
		CatalogUnit u = new CatalogUnit(organization, "县市场监督管理局");
		ItemDraft forty = with(u.foodLicence("延期四十日许可", "x1"), 40, "", List.of());

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(forty)))
			.isInstanceOfSatisfying(ItemElementInvalidException.class, refused -> {
				assertThat(message(refused, Locale.CHINESE)).contains("最多可延长 10 个工作日", "第四十二条", "40 个工作日");
				assertThat(message(refused, Locale.ENGLISH)).contains("at most 10 working days", "art. 42", "allows 40");
			});
		assertThat(names(u)).doesNotContain("延期四十日许可");
	}

	@Test
	void aLicenceMayAllowALongerExtensionWhereItCitesTheLawThatSaysSo() {
		CatalogUnit u = new CatalogUnit(organization, "县市场监督管理局");
		ItemDraft cited = with(u.foodLicence("依法延期许可", "x2"), 15, "某某条例 第十条", List.of());

		ServiceItem draft = u.as("handler", () -> catalog.createDraft(cited));

		assertThat(draft.maxExtensionWorkingDays()).isEqualTo(15);
		assertThat(draft.extensionBasis()).isEqualTo("某某条例 第十条");
		assertThat(u.as("handler", () -> catalog.latestVersionsInScope())).filteredOn(i -> i.id() == draft.id())
			.singleElement()
			.satisfies(stored -> assertThat(stored.extensionBasis()).isEqualTo("某某条例 第十条"));
	}

	@Test
	void onlyArticle45sProceduresStopTheClockWithoutACitedLaw() {
		CatalogUnit u = new CatalogUnit(organization, "县市场监督管理局");
		ItemDraft publicNotice = with(u.foodLicence("公示事项", "x3"), 10, "",
				List.of(new SpecialProcedure("公示", 5, "", false)));

		assertThatThrownBy(() -> u.as("handler", () -> catalog.createDraft(publicNotice)))
			.isInstanceOfSatisfying(ItemElementInvalidException.class,
					refused -> assertThat(message(refused, Locale.CHINESE)).contains("公示", "第四十五条", "检疫"));
		assertThat(names(u)).doesNotContain("公示事项");

		ServiceItem quarantine = u.as("handler", () -> catalog.createDraft(with(u.foodLicence("检疫事项", "x4"), 10, "",
				List.of(new SpecialProcedure("检疫", 5, "", false), new SpecialProcedure("现场核查", 2, "", true)))));
		ServiceItem cited = u.as("handler", () -> catalog.createDraft(with(u.foodLicence("公告事项", "x5"), 10, "",
				List.of(new SpecialProcedure("公告", 15, "不动产登记暂行条例实施细则 第十七条", false)))));

		assertThat(quarantine.specialProcedures()).extracting(SpecialProcedure::stopsClock).containsExactly(true, false);
		assertThat(cited.specialProcedures()).extracting(SpecialProcedure::stopsClock).containsExactly(true);
		assertThat(SpecialProcedure.ARTICLE_45).containsExactly("听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审");
	}

	private String message(RuleViolationException refused, Locale locale) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
	}

	private List<String> names(CatalogUnit u) {
		return u.as("handler", () -> catalog.latestVersionsInScope()).stream().map(ServiceItem::name).toList();
	}

	private static ItemDraft with(ItemDraft d, int extension, String basis, List<SpecialProcedure> special) {
		return new ItemDraft(d.name(), d.basicCode(), d.implementationCode(), d.type(), d.unitId(), d.departmentId(),
				d.responsiblePostIds(), d.legalBasis(), d.conditions(), d.statutoryLimit(), d.promisedLimit(),
				d.caseKind(), d.steps(), special, d.materials(), d.fees(), d.place(), d.hours(), d.consultationPhone(),
				d.supervisionPhone(), d.maxVisits(), d.online(), d.refusalAuthority(), extension, d.discipline(),
				d.faq(), basis);
	}
}
