package org.xiaoneng.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xiaoneng.disclosure.DisclosureUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * An editor's item through the API: a phone number in its text blocks its review with the place shown, nothing is
 * published without a second person's review, and once fixed and cleared it is published with its history.
 */
@IntegrationTest
class DisclosureApiIntegrationTests {

	private static final String WITH_PHONE = """
			{"category":"RELIEF_AND_SUBSIDIES","cadence":"AD_HOC","title":"2026年3月临时救助发放情况",
			 "body":"本月发放临时救助12户。\\n经办人电话13800138000。","arisenOn":"2026-03-02"}""";

	private static final String FIXED = """
			{"category":"RELIEF_AND_SUBSIDIES","cadence":"AD_HOC","title":"2026年3月临时救助发放情况",
			 "body":"本月发放临时救助12户。\\n咨询电话0851-12345。","arisenOn":"2026-03-02"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	DisclosureUnit unit;

	@BeforeEach
	void unit() {
		unit = new DisclosureUnit(organization);
	}

	@Test
	void anItemWithAPhoneNumberIsPublishedOnlyOnceTheNumberIsGoneAndASecondEditorClearedIt() throws Exception {
		String created = send(post("/api/v1/disclosure/items").content(WITH_PHONE), "e").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String item = "/api/v1/disclosure/items/" + id;

		send(post(item + "/submit"), "e").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("正文第 2 行")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("138****8000")));
		send(post(item + "/publish"), "e").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("disclosure.error.notReviewed"));

		send(put(item).content(FIXED), "e").andExpect(status().isOk());
		send(post(item + "/submit"), "e").andExpect(jsonPath("$.status").value("IN_REVIEW"));
		send(post(item + "/clear"), "e").andExpect(jsonPath("$.code").value("disclosure.error.reviewerIsAuthor"));
		send(post(item + "/clear"), "r").andExpect(jsonPath("$.status").value("CLEARED"));
		send(post(item + "/publish"), "e").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.reviewerName").value(unit.username("r")))
			.andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.contains("DRAFTED", "REVISED",
					"SUBMITTED", "CLEARED", "PUBLISHED")));
		assertThat(jdbc.sql("select body from disclosure.item_history where item_id = :id and action = 'PUBLISHED'")
			.param("id", id)
			.query(String.class)
			.single()).contains("0851-12345");
	}

	@Test
	void anEditorOfAnotherUnitDoesNotSeeTheItem() throws Exception {
		String created = send(post("/api/v1/disclosure/items").content(FIXED), "e").andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		DisclosureUnit other = new DisclosureUnit(organization);

		mvc.perform(post("/api/v1/disclosure/items/" + id + "/submit").with(csrf())
			.with(user(other.username("e")).roles("DISCLOSURE_EDITOR"))).andExpect(status().isNotFound());
	}

	private ResultActions send(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
			throws Exception {
		return mvc.perform(request.with(csrf())
			.with(user(unit.username(who)).roles("DISCLOSURE_EDITOR"))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON));
	}
}
