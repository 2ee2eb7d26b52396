package org.xiaoneng.platform.audit;

import java.time.LocalDate;

/**
 * An archive cut-off lies within the retention period: entries younger than that must stay in the live log
 * (网络安全法 第二十一条: network logs are kept no less than six months).
 */
public class RetentionPeriodNotElapsedException extends RuntimeException {

	private final LocalDate requested;

	private final LocalDate latestAllowed;

	private final int retentionDays;

	RetentionPeriodNotElapsedException(LocalDate requested, LocalDate latestAllowed, int retentionDays) {
		super("Archive cut-off " + requested + " is within the " + retentionDays
				+ "-day retention period; the latest allowed is " + latestAllowed);
		this.requested = requested;
		this.latestAllowed = latestAllowed;
		this.retentionDays = retentionDays;
	}

	public LocalDate requested() {
		return requested;
	}

	/** The latest cut-off that may be archived today. */
	public LocalDate latestAllowed() {
		return latestAllowed;
	}

	public int retentionDays() {
		return retentionDays;
	}
}
