package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * People who hit an error get a friendly page in their language with a reference to quote, never exception text;
 * programs that reach the error page get a problem instead.
 */
@IntegrationTest
@WithMockUser(username = "handler", roles = "HANDLER")
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnknownPageIsNotFound() throws Exception {
		mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void theNotFoundPageIsFriendlyAndGivesAReference() throws Exception {
		MvcResult result = mvc.perform(errorPage(404, "/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn();
		String page = result.getResponse().getContentAsString();

		assertThat(page).contains("页面不存在", "id=\"lang-switch\"", "id=\"main-nav\"")
			.contains("参考编号：" + result.getResponse().getHeader(RequestReferences.HEADER))
			.doesNotContain("Exception", "trace", "Whitelabel");
	}

	@Test
	void aServerErrorPageNeverShowsTheExceptionsText() throws Exception {
		String page = mvc.perform(errorPage(500, "/cases/7")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(FailingEndpoints.SECRET)))
			.andExpect(status().isInternalServerError())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("系统出错", "参考编号")
			.doesNotContain(FailingEndpoints.SECRET, "IllegalStateException", "at org.");
	}

	@Test
	void aPageThatFailsIsLoggedWithItsReferenceAndAnsweredWithAServerError(CapturedOutput log) throws Exception {
		MvcResult result = mvc.perform(get("/test/failure").accept(MediaType.TEXT_HTML))
			.andExpect(status().isInternalServerError())
			.andReturn();

		assertThat(result.getResponse().getContentAsString()).doesNotContain(FailingEndpoints.SECRET);
		assertThat(log.getOut()).contains(result.getResponse().getHeader(RequestReferences.HEADER), FailingEndpoints.SECRET);
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/logout").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	void aRefusedFormExplainsThatThePageHasExpired() throws Exception {
		mvc.perform(errorPage(403, "/cases")
				.requestAttr(WebAttributes.ACCESS_DENIED_403, new MissingCsrfTokenException("token")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("页面已过期")));
	}

	@Test
	void aPlainDenialSaysThatAccessIsDenied() throws Exception {
		mvc.perform(errorPage(403, "/audit"))
			.andExpect(content().string(containsString("无权访问")));
	}

	@Test
	void anOversizedUploadIsRefusedBeforeSecurityReadsIt() throws Exception {
		mvc.perform(post("/documents").with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(new byte[26 * 1024 * 1024]))
			.andExpect(status().is(413));
	}

	@Test
	void theTooLargePageNamesTheLimits() throws Exception {
		mvc.perform(errorPage(413, "/documents"))
			.andExpect(status().is(413))
			.andExpect(content().string(allOf(
					containsString("上传内容过大"),
					containsString("20 MB"),
					containsString("25 MB"))));
	}

	@Test
	void aBrokenRuleOnAPageShowsItsMessage() throws Exception {
		mvc.perform(get("/test/closed-case").accept(MediaType.TEXT_HTML))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/rule"))
			.andExpect(content().string(containsString("办件 2026-0001 已办结，不能再修改。")));
	}

	@Test
	void aProgramReachingTheErrorPageGetsAProblem() throws Exception {
		mvc.perform(get("/error")
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/documents")
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().is(413))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("请求内容过大"))
			.andExpect(jsonPath("$.detail").value("上传内容超过限制：单个文件不超过 20 MB，合计不超过 25 MB。未做任何更改。"))
			.andExpect(jsonPath("$.instance").value("/api/v1/documents"))
			.andExpect(jsonPath("$.reference").isNotEmpty());
	}

	/** What the container does after {@code sendError}: render {@code /error} for the original request. */
	private static MockHttpServletRequestBuilder errorPage(int status, String path) {
		return get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
	}
}
