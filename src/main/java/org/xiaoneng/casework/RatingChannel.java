package org.xiaoneng.casework;

/** Where a rating (好差评) was given. */
public enum RatingChannel {
	PROGRESS_PAGE, QR_CODE, SMS_LINK, WINDOW_TABLET
}
