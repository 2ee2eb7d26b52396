package org.xiaoneng.catalog;

import java.util.List;

/**
 * A service commitment as it is written; promise numbers follow their order.
 *
 * @param preamble the opening words
 * @param promises the promises
 */
public record CommitmentDraft(String preamble, List<Promise> promises) {

	public CommitmentDraft {
		promises = promises == null ? List.of() : List.copyOf(promises);
	}
}
