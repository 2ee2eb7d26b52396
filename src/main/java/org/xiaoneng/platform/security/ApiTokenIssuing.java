package org.xiaoneng.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Personal API tokens: issued to and revoked by their owner, and the sign-in of a request that bears one. Only the
 * token's SM3 digest is stored. Transactions are the facade's ({@link AccountManagement}).
 */
@Component
class ApiTokenIssuing {

	/**
	 * How finely API use is recorded on a token and its account: a use within this of the stored one writes nothing.
	 * Against the unused-account limit (90 days, GB/T 22239 8.1.4.2 d) a minute is far below what the rule can tell,
	 * and it spares every API request two row updates.
	 */
	static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

	private static final String TOKEN_PREFIX = "xnt_";

	private static final int TOKEN_BYTES = 20;

	private static final int TOKEN_VISIBLE_PREFIX = 12;

	private final SecureRandom random = new SecureRandom();

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Cryptography cryptography;

	private final AuditLog auditLog;

	private final Clock clock;

	ApiTokenIssuing(Accounts accounts, ApiTokens tokens, Cryptography cryptography, AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.cryptography = cryptography;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	List<ApiTokenSummary> ownApiTokens() {
		return tokens.ownedBy(CurrentSignIn.account(accounts, SignInStep.DONE).id());
	}

	IssuedToken issueApiToken(String name) {
		byte[] secret = new byte[TOKEN_BYTES];
		random.nextBytes(secret);
		String value = TOKEN_PREFIX + Base32.encode(secret).toLowerCase(Locale.ROOT);
		return issueApiToken(CurrentSignIn.account(accounts, SignInStep.DONE).id(), name, value);
	}

	void revokeOwnApiToken(ApiTokenId id) {
		Account owner = CurrentSignIn.account(accounts, SignInStep.DONE);
		ApiTokenSummary token = tokens.findOwned(owner.id(), id).orElseThrow(AccountNotFoundException::new);
		if (token.active()) {
			tokens.revoke(id, OffsetDateTime.now(clock));
			auditLog.record(new AuditEntry(SignIns.MODULE, "api-token.revoked", id.toString(),
					"prefix " + token.prefix(), "revoked"));
		}
	}

	/** Issues a token with the given value: random for people, fixed and published for the demo accounts. */
	IssuedToken issueApiToken(AccountId owner, String name, String value) {
		Assert.hasText(name, "name");
		ApiTokenSummary token = tokens.insert(owner, name.strip(), value.substring(0, TOKEN_VISIBLE_PREFIX),
				digest(value), OffsetDateTime.now(clock));
		auditLog.record(new AuditEntry(SignIns.MODULE, "api-token.issued", token.id().toString(), null,
				"owner=" + owner + ", prefix " + token.prefix()));
		return new IssuedToken(token, value);
	}

	/** The authentication for a Bearer token, if it is known, not revoked and its owner may sign in. */
	Optional<Authentication> authenticateApiToken(String value) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<ApiTokens.Match> match = tokens.findByDigest(digest(value)).filter(found -> !found.revoked());
		Optional<Account> owner = match.map(ApiTokens.Match::owner)
			.filter(account -> account.enabled() && !account.lockedAt(now));
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		// What was just read tells whether a write is due at all; the conditional UPDATEs settle races between nodes.
		if (useDue(match.get().lastUsedAt(), now)) {
			tokens.recordUse(match.get().id(), now);
		}
		if (useDue(owner.get().lastUsedAt(), now)) {
			accounts.markUsed(owner.get().id(), now);
		}
		return Optional.of(UsernamePasswordAuthenticationToken.authenticated(owner.get().username(), null,
				owner.get().authorities()));
	}

	private static boolean useDue(OffsetDateTime lastUsedAt, OffsetDateTime now) {
		return lastUsedAt == null || !lastUsedAt.isAfter(now.minus(USE_GRANULARITY));
	}

	private byte[] digest(String tokenValue) {
		return cryptography.sm3(tokenValue.getBytes(StandardCharsets.UTF_8));
	}
}
