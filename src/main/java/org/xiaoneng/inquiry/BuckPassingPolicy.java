package org.xiaoneng.inquiry;

import java.util.ArrayList;
import java.util.List;

/**
 * 首问负责制: a matter handed on more than twice without an answer is 推诿 (buck-passing), flagged once, with the
 * chain of posts it went to.
 */
final class BuckPassingPolicy {

	/** Hand-overs a matter may take without an answer before it counts as passed around. */
	static final int HAND_OVERS_ALLOWED = 2;

	private BuckPassingPolicy() {
	}

	/** Whether a matter with this many hand-overs, not yet flagged, is to be flagged now. */
	static boolean flags(int handOvers, boolean alreadyFlagged) {
		return !alreadyFlagged && handOvers > HAND_OVERS_ALLOWED;
	}

	/** The chain shown with the flag: the posts the matter went to before, then the one it goes to now. */
	static List<Long> chain(List<Long> before, long toPost) {
		List<Long> chain = new ArrayList<>(before);
		chain.add(toPost);
		return List.copyOf(chain);
	}
}
