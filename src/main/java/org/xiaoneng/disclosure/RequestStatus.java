package org.xiaoneng.disclosure;

/**
 * Where a request for information stands: submitted online and not yet confirmed with the applicant (第三十一条(三)),
 * received, waiting for the applicant's correction (the clock stopped,
 * 政府信息公开条例 第三十条), being processed, waiting for a third party's opinion (not counted, 第三十二条), answered,
 * or taken as withdrawn when no correction came.
 */
public enum RequestStatus {
	SUBMITTED, RECEIVED, AWAITING_CORRECTION, PROCESSING, CONSULTING, ANSWERED, WITHDRAWN
}
