package org.xiaoneng.casework;

/** Where a submission came in: at the window, or from an online application registered by the clerk. */
public enum SubmissionChannel {
	WINDOW, ONLINE
}
