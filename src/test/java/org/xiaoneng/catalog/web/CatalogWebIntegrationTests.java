package org.xiaoneng.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.catalog.CatalogTestUnits;
import org.xiaoneng.catalog.ItemDraft;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;


/** The public portal and API answer without a login; the staff editor refuses bad input on the page. */
@IntegrationTest
class CatalogWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Test
	void theGuideShowsEveryElementWithoutALogin() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "指南页");

		String page = mvc.perform(get("/portal/items/" + p.item().id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(p.item().name(), "20 个工作日", "10 个工作日", "食品经营许可申请书", "营业执照复印件", "委托书",
				"中华人民共和国食品安全法", "不收费", "政务服务中心二楼", "0851-86210012", "12345", "/portal/items/" + p.item().id() + "/qr.png");
		mvc.perform(get("/portal/items/" + p.item().id() + "/qr.png")).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void theGuideAndTheCatalogueRenderedBeforeShowAWithdrawalAndEachLanguage() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "停用后的指南");
		String guide = "/portal/items/" + p.item().id();
		String chinese = page(get(guide));
		assertThat(page(get(guide))).isEqualTo(chinese);
		assertThat(page(get(guide).param("lang", "en"))).contains("Print the guide (PDF)", "20 working days")
			.doesNotContain("打印办事指南");
		assertThat(page(get("/portal/items"))).contains(guide + "\"");

		mvc.perform(post("/api/v1/service-items/" + p.item().id() + "/withdrawal")
			.with(user(p.username("head")).roles("DEPT_HEAD"))
			.with(csrf())
			.contentType("application/json")
			.content("{\"reason\":\"职能划转\"}")).andExpect(status().isNoContent());

		mvc.perform(get(guide)).andExpect(status().isNotFound());
		assertThat(page(get("/portal/items"))).doesNotContain(guide + "\"");
		assertThat(page(get(guide).param("version", "1"))).contains("本事项已停用");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theGuidePdfNamesEveryMaterial() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "指南PDF");

		MvcResult result = mvc.perform(get("/portal/items/" + p.item().id() + "/guide.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn();

		String text = CatalogTestUnits.pdfText(result.getResponse().getContentAsByteArray());
		assertThat(p.item().materials()).allSatisfy(m -> assertThat(text).contains(m.name().replaceAll("\\s+", "")));
		assertThat(text).contains("办事指南", "20个工作日");
	}

	@Test
	void thePublicSearchFindsItemsByKeyword() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "检索页");

		String page = mvc.perform(get("/portal/items").param("keyword", p.item().name()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(p.item().name(), "/portal/items/" + p.item().id());
	}

	@Test
	void theEditorAddsASynonymOnItsPageAndThePortalFindsTheItemByIt() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "同义词页");
		String word = "俗称" + p.tag();

		mvc.perform(post("/catalog/synonyms").param("word", word).param("meaning", p.item().name())
			.with(user("catalog-editor").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/catalog/synonyms").param("word", "有 空格").param("meaning", "x")
			.with(user("catalog-editor").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("error")).isEqualTo("catalog.rule.element.word"));
		mvc.perform(post("/catalog/synonyms").param("word", "x").param("meaning", "y")
			.with(user(p.username("head")).roles("DEPT_HEAD")).with(csrf())).andExpect(status().isForbidden());
		String editor = mvc.perform(get("/catalog/synonyms").with(user("catalog-editor").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String page = mvc.perform(get("/portal/items").param("keyword", word))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(editor).contains(word, "开饭店", "食品经营许可");
		assertThat(page).contains("/portal/items/" + p.item().id());
		long id = catalog.synonyms().stream().filter(s -> s.word().equals(word)).findFirst().orElseThrow().id();
		mvc.perform(post("/catalog/synonyms/" + id + "/remove").with(user("catalog-editor").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.synonyms()).noneMatch(s -> s.word().equals(word));
	}

	@Test
	void aVisitorAtTheSitesAddressLandsOnThePortalHomeWithItsOwnHeaderAndFooter() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "门户首页");
		mvc.perform(get("/")).andExpect(status().isFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/portal"));

		String page = mvc.perform(get("/portal"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"portal-nav\"", "id=\"home-search\"", "id=\"home-progress\"",
				"/portal/inquiries/new?category=COMPLAINT", "/portal/units/" + p.unitId() + "/commitment",
				"id=\"staff-login\"", "示范县政务服务")
			.doesNotContain("本系统仅供授权工作人员办理公务使用", "id=\"main-nav\"");
		assertThat(mvc.perform(get("/portal/items")).andReturn().getResponse().getContentAsString())
			.contains("id=\"portal-nav\"", "id=\"staff-login\"");
	}

	@Test
	void theUnitPageShowsStatutoryAndPromisedDaysAndTheAverageReduction() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "单位页");

		mvc.perform(get("/portal/units/" + p.unitId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("承诺时限平均比法定时限缩短 50%")));
	}

	@Test
	void theCommitmentPageShowsNoDataYetForEachMeasuredPromise() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "承诺页");
		p.publishCommitment(catalog);

		String page = mvc.perform(get("/portal/units/" + p.unitId() + "/commitment"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("按承诺时限办结", "暂无数据", "按时办结率");
		mvc.perform(get("/api/v1/units/" + p.unitId() + "/commitment").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promises[0].thisMonth").doesNotExist());
	}

	@Test
	void theApiListsPublishedItemsAndExportsThemWithGbt39046Names() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "接口");

		mvc.perform(get("/api/v1/service-items").param("keyword", p.item().name()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(p.item().id()))
			.andExpect(jsonPath("$[0].promisedLimit.number").value(10));
		mvc.perform(get("/api/v1/service-items/" + p.item().id()).param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.materials.length()").value(3));
		mvc.perform(get("/api/v1/service-items/export/gbt39046"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$['数据规范']").value("GB/T 39046-2020"))
			.andExpect(jsonPath("$['政务服务事项'][?(@['实施编码'] == '" + p.item().implementationCode() + "')]['法定办结时限']")
				.value(20));
	}

	@Test
	void staffOperationsOfTheApiNeedALogin() throws Exception {
		mvc.perform(post("/api/v1/service-items").contentType("application/json").content("{}"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
	}

	@Test
	void theEditorRefusesFourteenOfTwentyOnThePageAndAcceptsThirteen() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "编辑器");
		var handler = user(p.username("handler")).roles("HANDLER");
		List<String[]> fields = List.of(new String[] { "name", "编辑器事项" + p.tag() },
				new String[] { "implementationCode", "E-" + p.tag() }, new String[] { "type", "ADMINISTRATIVE_LICENSE" },
				new String[] { "departmentId", String.valueOf(p.item().departmentId()) },
				new String[] { "caseKind", "PROMISED" }, new String[] { "statutoryNumber", "20" },
				new String[] { "statutoryUnit", "WORKING_DAYS" }, new String[] { "promisedUnit", "WORKING_DAYS" },
				new String[] { "refusalAuthority", "DEPARTMENT_HEAD" }, new String[] { "maxVisits", "1" },
				new String[] { "legalBasis[0].law", "中华人民共和国行政许可法" }, new String[] { "legalBasis[0].article", "第四十二条" },
				new String[] { "steps[0].name", "受理" },
				new String[] { "steps[0].postId", String.valueOf(p.item().steps().get(0).postId()) },
				new String[] { "steps[0].budget", "1" }, new String[] { "materials[0].name", "申请书" },
				new String[] { "materials[0].required", "on" }, new String[] { "_materials[0].required", "on" },
				new String[] { "steps[1].name", "" }, new String[] { "materials[1].name", "" });

		var fourteen = post("/catalog/items").with(handler).with(csrf()).param("promisedNumber", "14");
		fields.forEach(f -> fourteen.param(f[0], f[1]));
		mvc.perform(fourteen)
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("承诺时限 14 个工作日超过法定时限 20 个工作日的三分之二（最多 13 个工作日）")));

		var thirteen = post("/catalog/items").with(handler).with(csrf()).param("promisedNumber", "13");
		fields.forEach(f -> thirteen.param(f[0], f[1]));
		mvc.perform(thirteen).andExpect(status().is3xxRedirection());
		List<ServiceItem> drafts = CatalogTestUnits.as(p.username("handler"), "ROLE_HANDLER", catalog::latestVersionsInScope);
		assertThat(drafts).filteredOn(i -> i.name().equals("编辑器事项" + p.tag()))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.promisedLimit().number()).isEqualTo(13);
				assertThat(item.materials()).extracting(m -> m.name()).containsExactly("申请书");
			});
	}

	@Test
	void theApiRefusesAnOverlongPromiseWithAProblemNamingBothNumbers() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "接口拒绝");
		ItemDraft draft = p.draft("接口十四天" + p.tag(), "api14").withPromisedLimit(TimeLimit.workingDays(14));

		mvc.perform(post("/api/v1/service-items").with(user(p.username("handler")).roles("HANDLER"))
			.with(csrf())
			.contentType("application/json")
			.content(json.writeValueAsString(draft)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("承诺时限 14 个工作日超过法定时限 20 个工作日的三分之二（最多 13 个工作日）"));
		assertThat(catalog.searchInForce("接口十四天" + p.tag(), 5)).isEmpty();
	}

	@Test
	void aDraftHasNoPublicGuide() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "草稿指南");
		ServiceItem draft = CatalogTestUnits.as(p.username("handler"), "ROLE_HANDLER",
				() -> catalog.createDraft(p.draft("草稿不公开" + p.tag(), "draft")));

		mvc.perform(get("/portal/items/" + draft.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/service-items/" + draft.id())).andExpect(status().isNotFound());
	}

	@Test
	void theStaffPagesShowItemsVersionsAndTheCommitmentEditor() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "工作人员页");
		var head = user(p.username("head")).roles("DEPT_HEAD");

		mvc.perform(get("/catalog/items").with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(p.item().name())));
		mvc.perform(get("/catalog/items/" + p.item().id() + "/versions/1").with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已发布")));
		mvc.perform(get("/catalog/items/new").with(head)).andExpect(status().isOk());
		mvc.perform(get("/catalog/commitment").with(user(p.username("leader")).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("commitment-form")));
	}

	@Test
	void anUploadOfTheWrongTypeIsRefusedOnThePage() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "上传页");
		ServiceItem next = CatalogTestUnits.as(p.username("handler"), "ROLE_HANDLER", () -> catalog.revise(p.item().id()));
		var file = new org.springframework.mock.web.MockMultipartFile("file", "申请书.pdf", "application/pdf",
				new byte[] { 'M', 'Z', 0, 0 });

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/catalog/items/" + next.id() + "/versions/" + next.version() + "/materials/1/attachments")
			.file(file)
			.param("kind", "BLANK_FORM")
			.with(user(p.username("handler")).roles("HANDLER"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "catalog.rule.attachmentType"));
	}

	@Test
	void throughTheApiAHandlerDraftsAndSubmitsAndTheHeadPublishesAndWithdraws() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "接口流程");
		var handler = user(p.username("handler")).roles("HANDLER");
		var head = user(p.username("head")).roles("DEPT_HEAD");
		String body = mvc.perform(post("/api/v1/service-items").with(handler)
			.with(csrf())
			.contentType("application/json")
			.content(json.writeValueAsString(p.draft("接口事项" + p.tag(), "flow"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(body).get("id").asLong();

		mvc.perform(post("/api/v1/service-items/" + id + "/versions/1/publication").with(head).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/service-items/" + id + "/versions/1/submission").with(handler).with(csrf()))
			.andExpect(jsonPath("$.status").value("IN_REVIEW"));
		mvc.perform(post("/api/v1/service-items/" + id + "/versions/1/publication").with(head).with(csrf()))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/service-items/" + id)).andExpect(jsonPath("$.version").value(1));
		mvc.perform(post("/api/v1/service-items/" + id + "/withdrawal").with(head)
			.with(csrf())
			.contentType("application/json")
			.content("{\"reason\":\"职能划转\"}")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/service-items/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/service-items/" + id).param("version", "1"))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
	}

	@Test
	void throughTheApiALeaderWritesAndPublishesTheCommitment() throws Exception {
		CatalogTestUnits.Published p = CatalogTestUnits.publishedFoodLicence(organization, catalog, "接口承诺");
		var leader = user(p.username("leader")).roles("LEADER");

		mvc.perform(get("/api/v1/units/" + p.unitId() + "/commitment")).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/units/" + p.unitId() + "/commitment").with(leader)
			.with(csrf())
			.contentType("application/json")
			.content("""
					{"preamble":"我们承诺：","promises":[{"number":1,"category":"SHORTENED_LIMIT","text":"按承诺时限办结",
					"metric":"ON_TIME_COMPLETION_RATE"}]}"""))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(post("/api/v1/units/" + p.unitId() + "/commitment/publication").with(leader).with(csrf()))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));

		mvc.perform(get("/api/v1/units/" + p.unitId() + "/commitment"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promises[0].promise.text").value("按承诺时限办结"))
			.andExpect(jsonPath("$.averageReductionPercent").value(50));
	}
}
