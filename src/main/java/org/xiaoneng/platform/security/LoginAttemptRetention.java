package org.xiaoneng.platform.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every night deletes the sign-in attempts older than {@code xiaoneng.security.login-attempt-retention} (a year by
 * default, never less than the six months the law asks for), on one node of the cluster only, so that the log a
 * security review reads is complete for its period and does not grow forever.
 */
@Component
class LoginAttemptRetention {

	static final String SWEEP = "security.login-attempt-retention";

	private static final int BATCH = 10_000;

	private final LoginAttempts attempts;

	private final SecuritySettings settings;

	private final Clock clock;

	private final Sweeps sweeps;

	LoginAttemptRetention(LoginAttempts attempts, SecuritySettings settings, Clock clock, Sweeps sweeps) {
		this.attempts = attempts;
		this.settings = settings;
		this.clock = clock;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 50 2 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = SWEEP, lockAtMostFor = "PT2H", lockAtLeastFor = "PT1H")
	void prune() {
		sweeps.run(SWEEP, this::deleteExpired);
	}

	/** Deletes the attempts past their retention, in short batches; says how many went. */
	SweepCount deleteExpired() {
		OffsetDateTime before = OffsetDateTime.now(clock).minus(settings.loginAttemptRetention());
		int deleted = 0;
		int batch;
		do {
			batch = attempts.deleteBefore(before, BATCH);
			deleted += batch;
		}
		while (batch == BATCH);
		return new SweepCount(deleted, 0);
	}
}
