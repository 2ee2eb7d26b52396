package org.xiaoneng.casework;

/**
 * A defect a one-time notice lists, as the rule of a second notice sees it: a missing item material, or a received
 * one of the given correction round (0 at submission).
 */
record NoticeDefect(boolean missing, int round) {
}
