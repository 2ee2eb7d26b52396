package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.catalog.CatalogTestUnits;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Reorganization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The source text 一(三)2: a visitor handed on to another department is told where it is and its phone, on the
 * inquiry's page, in the API and on the slip printed for them; a hand-over within the first responder's department
 * sends them nowhere.
 */
@IntegrationTest
class HandOverContactIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	Reorganization reorganization;

	@Autowired
	Substitutes substitutes;

	@Test
	void aVisitorHandedOnToAnotherDepartmentIsToldItsRoomAndPhoneOnThePageTheApiAndTheSlip() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		InquiryUnit.asAdmin(() -> reorganization.changeContact(new DepartmentId(u.food.id()), "政务服务中心三楼 312 室",
				"0859-86331234"));
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("食品许可咨询"),
				new NextStep.HandOver(u.foodHandling.id(), "请到食品安全科办理")));
		RequestPostProcessor clerk = user(u.username("c")).roles("WINDOW_CLERK");

		mvc.perform(get("/inquiries/{id}", inquiry.id()).with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"handed-to\"")))
			.andExpect(content().string(containsString("政务服务中心三楼 312 室")))
			.andExpect(content().string(containsString("0859-86331234")));
		mvc.perform(get("/api/v1/inquiries/{id}", inquiry.id()).with(clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.handedTo.departmentId").value(u.food.id()))
			.andExpect(jsonPath("$.handedTo.room").value("政务服务中心三楼 312 室"))
			.andExpect(jsonPath("$.handedTo.phone").value("0859-86331234"));
		byte[] slip = mvc.perform(get("/inquiries/{id}/handover-slip", inquiry.id()).with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = CatalogTestUnits.pdfText(slip);
		assertThat(text).contains("转办告知单", "政务服务中心三楼312室", "0859-86331234", inquiry.queryCode());
	}

	@Test
	void aHandOverWithinTheFirstRespondersDepartmentHasNoSlip() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("登记咨询"),
				new NextStep.HandOver(u.registrationHandling.id(), null)));
		RequestPostProcessor clerk = user(u.username("c")).roles("WINDOW_CLERK");

		mvc.perform(get("/inquiries/{id}", inquiry.id()).with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"handed-to\""))));
		mvc.perform(get("/api/v1/inquiries/{id}", inquiry.id()).with(clerk))
			.andExpect(jsonPath("$.handedTo").doesNotExist());
		mvc.perform(get("/inquiries/{id}/handover-slip", inquiry.id()).with(clerk))
			.andExpect(status().isConflict());
	}
}
