package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * Oversized requests are refused before anything reads them, and the error page that follows never reads the refused
 * body, which the container could not parse a second time either.
 */
class RequestSizeLimitTests {

	private final RequestSizeLimit filter = new RequestSizeLimit(limits());

	@Test
	void aRequestAboveTheLimitIsRefusedUnread() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/documents");
		request.setContent(new byte[(int) DataSize.ofMegabytes(2).toBytes() + 1]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE.value());
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void aRequestWithinTheLimitPassesUntouched() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/documents");
		request.setContent(new byte[100]);
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	@Test
	void theErrorPageSeesTheAddressParametersButNotTheBody() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
		request.setDispatcherType(DispatcherType.ERROR);
		request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, "lang=en&q=%E5%8A%9E%E4%BB%B6&q=2");
		request.addParameter("_csrf", "from-the-refused-body");
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, new MockHttpServletResponse(), chain);

		HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
		assertThat(seen.getParameter("lang")).isEqualTo("en");
		assertThat(seen.getParameterValues("q")).containsExactly("办件", "2");
		assertThat(seen.getParameter("_csrf")).isNull();
		assertThat(seen.getParameterMap()).containsOnlyKeys("lang", "q");
		assertThat(seen.getParts()).isEmpty();
	}

	@Test
	void parametersTheContainerCouldNotReadAreTheClientsError() {
		ServletException tooLarge = new ServletException(new InvalidParameterException("form too large", 413));

		assertThat(UnreadableRequests.statusOf(tooLarge)).contains(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(UnreadableRequests.statusOf(new InvalidParameterException("bad encoding"))).contains(HttpStatus.BAD_REQUEST);
		assertThat(UnreadableRequests.statusOf(new IllegalStateException("bug"))).isEmpty();
	}

	private static MultipartProperties limits() {
		MultipartProperties limits = new MultipartProperties();
		limits.setMaxFileSize(DataSize.ofMegabytes(1));
		limits.setMaxRequestSize(DataSize.ofMegabytes(2));
		return limits;
	}
}
