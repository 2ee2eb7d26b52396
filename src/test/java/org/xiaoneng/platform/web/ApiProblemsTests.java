package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every error of an API call is an RFC 9457 problem in the caller's language, with the rejected fields, a reference,
 * and never an exception's or parser's text.
 */
@IntegrationTest
@WithMockUser(username = "handler", roles = "HANDLER")
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void malformedJsonIsABadRequestWithoutTheParsersText() throws Exception {
		String body = mvc.perform(post("/api/v1/test/applicants").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"张三\", "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("请求有误"))
			.andExpect(jsonPath("$.detail").value("请求内容缺失，或不是有效的 JSON。"))
			.andExpect(jsonPath("$.instance").value("/api/v1/test/applicants"))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("unexpected")
			.doesNotContain("line:").doesNotContain("Exception");
	}

	@Test
	void aValueOfTheWrongTypeNamesItsField() throws Exception {
		mvc.perform(post("/api/v1/test/applicants").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"张三\", \"age\": \"forty\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("age"))
			.andExpect(jsonPath("$.errors[0].message").value("格式不正确"));
	}

	@Test
	void invalidFieldsAreListedWithLocalizedMessages() throws Exception {
		mvc.perform(post("/api/v1/test/applicants").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.content("{\"name\": \" \", \"age\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Bad request"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "age")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("must not be blank")));
	}

	@Test
	void invalidFieldsAreInChineseByDefault() throws Exception {
		mvc.perform(post("/api/v1/test/applicants").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\", \"age\": 3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("未做任何更改")))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("不能为空"));
	}

	@Test
	void anInvalidRequestParameterIsAFieldError() throws Exception {
		mvc.perform(get("/api/v1/test/pages").param("number", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("number"));
	}

	@Test
	void aParameterOfTheWrongTypeIsAFieldError() throws Exception {
		mvc.perform(get("/api/v1/test/pages").param("number", "two"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("参数“number”的格式不正确。"))
			.andExpect(jsonPath("$.errors[0].field").value("number"));
	}

	@Test
	void aMissingParameterIsAFieldError() throws Exception {
		mvc.perform(get("/api/v1/test/pages"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("缺少必填参数“number”。"))
			.andExpect(jsonPath("$.errors[0].field").value("number"))
			.andExpect(jsonPath("$.errors[0].message").value("必须填写"));
	}

	@Test
	void anUnknownApiPathIsANotFoundProblem() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
	}

	@Test
	void aWrongMethodIsAProblemNamingTheAllowedOnes() throws Exception {
		mvc.perform(put("/api/v1/test/applicants").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string(HttpHeaders.ALLOW, containsString("POST")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anUnsupportedMediaTypeIsAProblem() throws Exception {
		mvc.perform(post("/api/v1/test/applicants").with(csrf()).contentType(MediaType.TEXT_PLAIN).content("name"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.title").value("不支持的内容类型"));
	}

	@Test
	void anOversizedRequestIsRefusedBeforeItIsRead() throws Exception {
		mvc.perform(post("/api/v1/test/applicants").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(new byte[26 * 1024 * 1024]))
			.andExpect(status().is(413));
	}

	@Test
	void aBrokenRuleIsAProblemWithItsOwnMessageAndCode() throws Exception {
		mvc.perform(get("/api/v1/test/closed-case").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.detail").value("Case 2026-0001 is completed and can no longer be changed."))
			.andExpect(jsonPath("$.code").value("webtest.caseClosed"));
	}

	@Test
	void deniedAccessIsAForbiddenProblem() throws Exception {
		mvc.perform(get("/api/v1/test/forbidden"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("您没有执行此操作的权限。"))
			.andExpect(content().string(not(containsString("unit 12"))));
	}

	@Test
	void anUnexpectedFailureIsAServerErrorWhoseReferenceTheLogRecords(CapturedOutput log) throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/test/failure"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("服务器内部错误"))
			.andReturn();
		String reference = result.getResponse().getHeader(RequestReferences.HEADER);
		String body = result.getResponse().getContentAsString();

		assertThat(reference).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertThat(body).contains("\"reference\":\"" + reference + "\"")
			.doesNotContain(FailingEndpoints.SECRET)
			.doesNotContain("IllegalStateException");
		assertThat(log.getOut()).contains(reference).contains(FailingEndpoints.SECRET);
	}

	@Test
	void everyProblemCarriesTheRequestsReference() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/no-such-thing")).andReturn();
		assertThat(result.getResponse().getContentAsString())
			.contains("\"reference\":\"" + result.getResponse().getHeader(RequestReferences.HEADER) + "\"");
	}

	@Test
	void theCurrentUserIsDescribedForIntegrations() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("handler"))
			.andExpect(jsonPath("$.displayName").value("handler"))
			.andExpect(jsonPath("$.roles[0]").value("HANDLER"));
	}
}
