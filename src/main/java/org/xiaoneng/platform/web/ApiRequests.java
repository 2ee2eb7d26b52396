package org.xiaoneng.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells API calls from page requests: everything under {@code /api/} answers in JSON, with RFC 9457 problems for
 * errors; everything else is a page for people.
 */
final class ApiRequests {

	static final String PREFIX = "/api/";

	private ApiRequests() {
	}

	static boolean isApi(HttpServletRequest request) {
		return path(request).startsWith(PREFIX);
	}

	/** The path the client asked for, without the context path, also while an error page is being rendered. */
	static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String text ? text : request.getRequestURI();
		String context = request.getContextPath();
		return !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}
}
