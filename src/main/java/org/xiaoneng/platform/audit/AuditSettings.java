package org.xiaoneng.platform.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * How the audit log is chained, verified and kept.
 *
 * @param chainInterval the pause between two runs of the background chainer; entries are chained within about this
 * long after they commit
 * @param chainBatchSize how many entries the chainer links in one transaction
 * @param verifyPageSize how many chained entries verification reads at a time, so that it never holds the whole log
 * in memory
 * @param retentionDays how long an entry stays in the live log before it may be archived; at least 184 days
 * (网络安全法 第二十一条: network logs are kept no less than six months)
 */
@ConfigurationProperties("xiaoneng.audit")
@Validated
record AuditSettings(@DefaultValue("PT1S") Duration chainInterval, @DefaultValue("500") @Min(1) int chainBatchSize,
		@DefaultValue("1000") @Min(1) int verifyPageSize,
		@DefaultValue("" + AuditSettings.MINIMUM_RETENTION_DAYS)
		@Min(AuditSettings.MINIMUM_RETENTION_DAYS) int retentionDays) {

	/** Six months at their longest (184 days), the least the law allows; the database triggers enforce it too. */
	static final int MINIMUM_RETENTION_DAYS = 184;
}
