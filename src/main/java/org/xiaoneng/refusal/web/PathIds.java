package org.xiaoneng.refusal.web;

import org.xiaoneng.common.RefusalId;
import org.xiaoneng.refusal.RefusalNotFoundException;

/** Ids from request paths, where a number that cannot be an id names no filing (404), as an unknown one does. */
final class PathIds {

	private PathIds() {
	}

	static RefusalId refusalId(long id) {
		if (id <= 0) {
			throw new RefusalNotFoundException(id);
		}
		return new RefusalId(id);
	}
}
