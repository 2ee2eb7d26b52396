package org.xiaoneng.disclosure;

/**
 * The written notices a request gives its applicant (政府信息公开条例): the correction notice (补正告知书, 第三十条),
 * the extension notice (延期答复告知书, 第三十三条) and the answer (答复书, 第三十六条), each with the applicant's remedies.
 */
public enum RequestNoticeKind {
	CORRECTION, EXTENSION, ANSWER
}
