package org.xiaoneng.common;

import java.util.List;

/**
 * Paths that anyone may call without signing in (the public portal, public APIs). A module declares its public
 * paths as a bean; security lets exactly these through without a login, and nothing else.
 */
@FunctionalInterface
public interface PublicEndpoints {

	/** Ant-style path patterns, e.g. {@code /api/v1/calendar/**}. */
	List<String> patterns();
}
