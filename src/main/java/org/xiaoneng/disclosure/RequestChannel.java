package org.xiaoneng.disclosure;

/**
 * How a request came (政府信息公开条例 第三十一条 sets its day of receipt by it): handed in at the window (the day
 * handed in), by post (the day the agency signed for it) or online (the day the agency confirmed it with the
 * applicant).
 */
public enum RequestChannel {
	WINDOW, MAIL, ONLINE
}
