package org.xiaoneng.platform.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the audit log is chained, verified, anchored outside the database and kept.
 *
 * @param chainInterval the pause between two runs of the background chainer; entries are chained within about this
 * long after they commit
 * @param chainBatchSize how many entries the chainer links in one transaction
 * @param verifyPageSize how many chained entries verification reads at a time, so that it never holds the whole log
 * in memory
 * @param retentionDays how long an entry stays in the live log before it may be archived; at least 184 days
 * (网络安全法 第二十一条: network logs are kept no less than six months)
 * @param externalAnchorInterval how often the chain's head is appended to the external anchor file
 * @param externalAnchorFile the append-only file outside the database that the chain's head is written to; operators
 * ship it off the host, since whoever controls the database must not control this file too
 */
@ConfigurationProperties("xiaoneng.audit")
@Validated
record AuditSettings(@DefaultValue("PT1S") Duration chainInterval, @DefaultValue("500") @Min(1) int chainBatchSize,
		@DefaultValue("1000") @Min(1) int verifyPageSize,
		@DefaultValue("" + AuditSettings.MINIMUM_RETENTION_DAYS)
		@Min(AuditSettings.MINIMUM_RETENTION_DAYS) int retentionDays,
		@DefaultValue("PT1H") @NotNull Duration externalAnchorInterval,
		@DefaultValue("./data/audit/chain-heads.log") @NotNull Path externalAnchorFile) {

	/** Six months at their longest (184 days), the least the law allows; the database triggers enforce it too. */
	static final int MINIMUM_RETENTION_DAYS = 184;
}
