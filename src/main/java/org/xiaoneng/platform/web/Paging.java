package org.xiaoneng.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the pager and of sortable column heads ({@code web/paging.html}): the address of the page being shown with
 * its filter kept and only the cursor, or the sort, changed. Its methods are public for the templates.
 */
@Component("paging")
class Paging {

	/** The current page's address with {@code parameter} set to this cursor. */
	public String href(String parameter, String cursor) {
		return current().replaceQueryParam(parameter, cursor).build().toUriString();
	}

	/** The current page's address sorted by {@code sort}, from its first page. */
	public String sortHref(String sort) {
		return current().replaceQueryParam("sort", sort).replaceQueryParam("cursor").build().toUriString();
	}

	/** The address of a list's export at {@code path}, with the filter and sort of the page shown but not its cursor. */
	public String exportHref(String path) {
		return current().replacePath(path).replaceQueryParam("cursor").build().toUriString();
	}

	private static UriComponentsBuilder current() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
	}
}
