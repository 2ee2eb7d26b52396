package org.xiaoneng.disclosure;

/**
 * 政府信息公开信息处理费管理办法 (国办函〔2020〕109号) 第三条: an agency charges only past the thresholds, either by
 * the number of requests of one applicant in a calendar month or by the pages of one request, in yuan.
 */
final class InformationFees {

	private InformationFees() {
	}

	/**
	 * 按件计收: up to 10 requests a month free; the 11th to the 30th 100 yuan each; from the 31st, every further band
	 * of 10 requests 100 yuan more each.
	 *
	 * @param nth the request's number among the applicant's requests of its calendar month
	 */
	static int byCount(int nth) {
		if (nth <= 10) {
			return 0;
		}
		if (nth <= 30) {
			return 100;
		}
		return 100 + 100 * ((nth - 31) / 10 + 1);
	}

	/**
	 * 按量计收: up to 30 pages free; pages 31 to 100 10 yuan each; 101 to 200 20 yuan each; from 201 40 yuan each.
	 */
	static int byPages(int pages) {
		int fee = 0;
		fee += 10 * Math.max(0, Math.min(pages, 100) - 30);
		fee += 20 * Math.max(0, Math.min(pages, 200) - 100);
		fee += 40 * Math.max(0, pages - 200);
		return fee;
	}
}
