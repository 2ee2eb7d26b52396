package org.xiaoneng.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Accounts, sign-in steps and personal API tokens. Account administration is the security administrator's alone
 * (三员分立, GB/T 22239-2019 level 3): only SECURITY_ADMIN manages accounts and roles, never their own, and no
 * account holds two of ADMIN, SECURITY_ADMIN and AUDITOR. Every change is written to the audit log in its
 * transaction.
 */
@Service
public class AccountManagement {

	private static final String MODULE = SignIns.MODULE;

	private static final String TOKEN_PREFIX = "xnt_";

	private static final int TOKEN_BYTES = 20;

	private static final int TOKEN_VISIBLE_PREFIX = 12;

	private static final int SEARCH_LIMIT = 200;

	private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,49}";

	/**
	 * How finely API use is recorded on a token and its account: a use within this of the stored one writes nothing.
	 * Against the unused-account limit (90 days, GB/T 22239 8.1.4.2 d) a minute is far below what the rule can tell,
	 * and it spares every API request two row updates.
	 */
	static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

	static final String ONE_ADMINISTRATOR_DUTY = "security.duties.oneAdministratorDuty";

	static final String OWN_ACCOUNT = "security.duties.ownAccount";

	static final String CURRENT_PASSWORD_WRONG = "security.password.currentWrong";

	static final String SAME_AS_CURRENT = "security.password.sameAsCurrent";

	private final SecureRandom random = new SecureRandom();

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final SignIns signIns;

	private final SignInStages stages;

	private final SecondFactor secondFactor;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final Cryptography cryptography;

	private final AuditLog auditLog;

	private final Clock clock;

	AccountManagement(Accounts accounts, ApiTokens tokens, SignIns signIns, SignInStages stages,
			SecondFactor secondFactor, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			Cryptography cryptography, AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.signIns = signIns;
		this.stages = stages;
		this.secondFactor = secondFactor;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.cryptography = cryptography;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	// ---- signing in -------------------------------------------------------------------------------------------

	/** What the signed-in person still has to do before they get their roles. */
	public SignInStep pendingStep() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof PendingSignIn pending ? pending.step() : SignInStep.DONE;
	}

	/** The secret to enrol (the same one until it is confirmed, so reloading the page keeps the scanned QR valid). */
	@Transactional
	public SecondFactorEnrolment startSecondFactorEnrolment() {
		Account account = currentAccount(SignInStep.SECOND_FACTOR_ENROLMENT);
		String encrypted = account.totpPendingSecret();
		if (encrypted == null) {
			encrypted = secondFactor.newEncryptedSecret();
			accounts.proposeSecondFactorSecret(account.id(), encrypted);
		}
		return secondFactor.enrolmentFor(account.username(), encrypted);
	}

	/**
	 * Confirms enrolment with a code from the newly set-up authenticator; the code also serves as this sign-in's
	 * second factor.
	 *
	 * @throws SecondFactorRejectedException when the code is wrong (it counts towards the lockout)
	 */
	@Transactional(noRollbackFor = SecondFactorRejectedException.class)
	public SignInStep confirmSecondFactorEnrolment(String code) {
		Account account = currentAccount(SignInStep.SECOND_FACTOR_ENROLMENT);
		OptionalLong step = secondFactor.matchingStep(account.totpPendingSecret(), code);
		if (step.isEmpty()) {
			throw rejected(account);
		}
		accounts.enrolSecondFactor(account.id(), account.totpPendingSecret(), step.getAsLong());
		auditLog.record(new AuditEntry(MODULE, "second-factor.enrolled", account.id().toString(), "not enrolled",
				"enrolled"));
		signIns.secondFactorAccepted(account.id(), remoteAddress());
		return advance(account.id(), true);
	}

	/**
	 * Checks the code of the enrolled authenticator. A code is accepted once: a replayed code is refused.
	 *
	 * @throws SecondFactorRejectedException when the code is wrong or used (it counts towards the lockout)
	 */
	@Transactional(noRollbackFor = SecondFactorRejectedException.class)
	public SignInStep confirmSecondFactor(String code) {
		Account account = currentAccount(SignInStep.SECOND_FACTOR);
		OptionalLong step = secondFactor.matchingStep(account.totpSecret(), code);
		if (step.isEmpty() || !accounts.useSecondFactorStep(account.id(), step.getAsLong())) {
			throw rejected(account);
		}
		signIns.secondFactorAccepted(account.id(), remoteAddress());
		return advance(account.id(), true);
	}

	/**
	 * Changes the signed-in person's own password, which must meet the policy and differ from the current one.
	 *
	 * @throws PasswordPolicyViolatedException naming every broken rule
	 */
	@Transactional
	public SignInStep changeOwnPassword(String currentPassword, String newPassword) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean pending = authentication instanceof PendingSignIn;
		Account account = pending ? currentAccount(SignInStep.PASSWORD_CHANGE) : currentAccount(SignInStep.DONE);
		List<String> violations = new ArrayList<>();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			violations.add(CURRENT_PASSWORD_WRONG);
		}
		else if (currentPassword.equals(newPassword)) {
			violations.add(SAME_AS_CURRENT);
		}
		violations.addAll(passwordPolicy.violations(newPassword, account.username()));
		if (!violations.isEmpty()) {
			throw new PasswordPolicyViolatedException(violations);
		}
		accounts.changePassword(account.id(), passwordEncoder.encode(newPassword), false, OffsetDateTime.now(clock));
		auditLog.record(AuditEntry.of(MODULE, "account.password-changed", account.id().toString()));
		return pending ? advance(account.id(), ((PendingSignIn) authentication).secondFactorPassed())
				: SignInStep.DONE;
	}

	/** How many minutes a locked account stays locked, for the message that tells the person so. */
	public long lockMinutes() {
		return signIns.lockDuration().toMinutes();
	}

	/**
	 * Whether the sign-in page should say where the first administrators' one-time passwords are: until each of them
	 * has signed in once.
	 */
	public boolean firstStartPasswordsUnused() {
		return accounts.administratorAwaitingFirstSignIn();
	}

	/** The password policy's shortest length, for the page that explains the rules. */
	public int minimumPasswordLength() {
		return passwordPolicy.minLength();
	}

	/**
	 * The name to greet a person by: the display name of the account, or the user name itself where there is no
	 * account behind it.
	 */
	public String displayName(String username) {
		return accounts.findByUsername(username).map(Account::displayName).orElse(username);
	}

	// ---- personal API tokens ----------------------------------------------------------------------------------

	/** The signed-in person's API tokens, newest first. */
	public List<ApiTokenSummary> ownApiTokens() {
		return tokens.ownedBy(currentAccount(SignInStep.DONE).id());
	}

	/** Issues an API token for the signed-in person; its value is in the result only. */
	@Transactional
	public IssuedToken issueApiToken(String name) {
		byte[] secret = new byte[TOKEN_BYTES];
		random.nextBytes(secret);
		String value = TOKEN_PREFIX + Base32.encode(secret).toLowerCase(Locale.ROOT);
		return issueApiToken(currentAccount(SignInStep.DONE).id(), name, value);
	}

	/** Revokes one of the signed-in person's API tokens; it is refused from then on. */
	@Transactional
	public void revokeOwnApiToken(ApiTokenId id) {
		Account owner = currentAccount(SignInStep.DONE);
		ApiTokenSummary token = tokens.findOwned(owner.id(), id)
			.orElseThrow(AccountNotFoundException::new);
		if (token.active()) {
			tokens.revoke(id, OffsetDateTime.now(clock));
			auditLog.record(new AuditEntry(MODULE, "api-token.revoked", id.toString(), "prefix " + token.prefix(),
					"revoked"));
		}
	}

	// ---- account administration (security administrator) -------------------------------------------------------

	/** Accounts whose user name or display name contains the text. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public List<AccountSummary> search(String text) {
		return accounts.search(text == null ? "" : text, SEARCH_LIMIT).stream().map(Account::summary).toList();
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public AccountSummary account(AccountId id) {
		return find(id).summary();
	}

	/**
	 * The roles of the account with this user name, none when there is no such account: the organisation's staff
	 * records show them next to the account a staff member is linked to.
	 */
	@PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
	public Set<Role> rolesOf(String username) {
		return accounts.findByUsername(SignIns.normalized(username)).map(Account::roles).orElse(Set.of());
	}

	/**
	 * Who holds a role now (enabled accounts only), for a module that must tell all of them, such as the supervisors
	 * of a new complaint. User names only: nothing else about the accounts.
	 */
	public List<String> usernamesWithRole(Role role) {
		return accounts.enabledUsernamesWithRole(role);
	}

	/** Creates an account with a one-time password that must be changed at first sign-in. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public CreatedAccount create(NewAccount account) {
		String password = passwordPolicy.randomPassword();
		AccountId id = createWithPassword(account, password, true);
		return new CreatedAccount(find(id).summary(), password);
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void changeDisplayName(AccountId id, String displayName) {
		Assert.hasText(displayName, "displayName");
		Account account = find(id);
		accounts.updateDisplayName(id, displayName.strip());
		auditLog.record(AuditEntry.of(MODULE, "account.display-name-changed", account.id().toString()));
	}

	/** Replaces an account's roles; never one's own, never two administrator duties on one account. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void assignRoles(AccountId id, Set<Role> roles) {
		Account account = othersAccount(id);
		requireAtMostOneAdministratorDuty(roles);
		accounts.updateRoles(id, roles);
		auditLog.record(new AuditEntry(MODULE, "account.roles-assigned", id.toString(), names(account.roles()),
				names(roles)));
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void disable(AccountId id) {
		Account account = othersAccount(id);
		if (account.enabled()) {
			accounts.disable(id, Account.DISABLED_BY_ADMINISTRATOR);
			auditLog.record(new AuditEntry(MODULE, "account.disabled", id.toString(), "enabled", "disabled"));
		}
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void enable(AccountId id) {
		Account account = othersAccount(id);
		if (!account.enabled()) {
			accounts.enable(id, OffsetDateTime.now(clock));
			auditLog.record(new AuditEntry(MODULE, "account.enabled", id.toString(),
					"disabled (" + account.disabledReason() + ")", "enabled"));
		}
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void unlock(AccountId id) {
		Account account = othersAccount(id);
		accounts.unlock(id);
		auditLog.record(new AuditEntry(MODULE, "account.unlocked", id.toString(),
				"locked until " + account.lockedUntil() + ", " + account.failedAttempts() + " failures", "unlocked"));
	}

	/** Gives an account a new one-time password (returned here only) that must be changed at next sign-in. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public String resetPassword(AccountId id) {
		othersAccount(id);
		String password = passwordPolicy.randomPassword();
		accounts.changePassword(id, passwordEncoder.encode(password), true, OffsetDateTime.now(clock));
		auditLog.record(AuditEntry.of(MODULE, "account.password-reset", id.toString()));
		return password;
	}

	/** Forgets an account's authenticator (e.g. a lost phone); the next sign-in enrols a new one. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void resetSecondFactor(AccountId id) {
		Account account = othersAccount(id);
		accounts.resetSecondFactor(id);
		auditLog.record(new AuditEntry(MODULE, "second-factor.reset", id.toString(),
				account.secondFactorEnrolled() ? "enrolled" : "not enrolled", "not enrolled"));
	}

	// ---- break glass (the server's own console) ---------------------------------------------------------------

	/**
	 * Break glass: a new one-time password for an administrator account (ADMIN, SECURITY_ADMIN or AUDITOR), issued
	 * from the server's own console when nobody can sign in to reset it — the first start's log is lost, or the
	 * security administrator is locked out. The account is unlocked and enabled again and must change the password
	 * at its next sign-in; with {@code resetSecondFactor} it also enrols a new authenticator then. The audit log
	 * names the console operator as the actor.
	 *
	 * @throws AccountNotFoundException when no administrator account has this user name
	 */
	@Transactional
	String breakGlass(String username, String operator, boolean resetSecondFactor) {
		Account account = accounts.findByUsernameForUpdate(SignIns.normalized(username))
			.filter(found -> found.roles().stream().anyMatch(Role::isAdministratorDuty))
			.orElseThrow(AccountNotFoundException::new);
		String password = passwordPolicy.randomPassword();
		OffsetDateTime now = OffsetDateTime.now(clock);
		accounts.changePassword(account.id(), passwordEncoder.encode(password), true, now);
		accounts.unlock(account.id());
		if (!account.enabled()) {
			accounts.enable(account.id(), now);
		}
		if (resetSecondFactor) {
			accounts.resetSecondFactor(account.id());
		}
		auditLog.recordAs(operator, new AuditEntry(MODULE, "account.break-glass-reset", account.id().toString(),
				"enabled=" + account.enabled() + ", lockedUntil=" + account.lockedUntil() + ", secondFactor="
						+ (account.secondFactorEnrolled() ? "enrolled" : "not enrolled"),
				"one-time password, must change it, enabled=true, lockedUntil=null, secondFactor="
						+ (account.secondFactorEnrolled() && !resetSecondFactor ? "enrolled" : "not enrolled")));
		return password;
	}

	// ---- first start, demo data and API authentication (this module only) -------------------------------------

	/** Whether no account exists yet; takes a table lock so that only one node creates the first ones. */
	boolean noAccountsYet() {
		return accounts.noneExistLocked();
	}

	AccountId createWithPassword(NewAccount account, String password, boolean mustChangePassword) {
		requireAtMostOneAdministratorDuty(account.roles());
		String username = SignIns.normalized(account.username());
		Assert.isTrue(username.matches(USERNAME), "A user name is 2 to 50 lower-case letters, digits, '.', '_' or '-'");
		Assert.hasText(account.displayName(), "displayName");
		List<String> violations = passwordPolicy.violations(password, username);
		if (!violations.isEmpty()) {
			throw new PasswordPolicyViolatedException(violations);
		}
		AccountId id = accounts.insert(username, account.displayName().strip(), passwordEncoder.encode(password),
				account.roles(), mustChangePassword, OffsetDateTime.now(clock));
		auditLog.record(new AuditEntry(MODULE, "account.created", id.toString(), null,
				"username=" + username + ", roles=" + names(account.roles())));
		return id;
	}

	/** Enrols a known secret, e.g. the published demo secret. */
	void enrolSecondFactor(AccountId id, String base32Secret) {
		accounts.enrolSecondFactor(id, secondFactor.encrypt(base32Secret), null);
		auditLog.record(new AuditEntry(MODULE, "second-factor.enrolled", id.toString(), "not enrolled", "enrolled"));
	}

	/** Issues a token with the given value: random for people, fixed and published for the demo accounts. */
	IssuedToken issueApiToken(AccountId owner, String name, String value) {
		Assert.hasText(name, "name");
		ApiTokenSummary token = tokens.insert(owner, name.strip(), value.substring(0, TOKEN_VISIBLE_PREFIX),
				digest(value), OffsetDateTime.now(clock));
		auditLog.record(new AuditEntry(MODULE, "api-token.issued", token.id().toString(), null,
				"owner=" + owner + ", prefix " + token.prefix()));
		return new IssuedToken(token, value);
	}

	/** The authentication for a Bearer token, if it is known, not revoked and its owner may sign in. */
	@Transactional
	Optional<Authentication> authenticateApiToken(String value) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<ApiTokens.Match> match = tokens.findByDigest(digest(value)).filter(found -> !found.revoked());
		Optional<Account> owner = match.flatMap(found -> accounts.findById(found.owner()))
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

	// ---- helpers ----------------------------------------------------------------------------------------------

	private static boolean useDue(OffsetDateTime lastUsedAt, OffsetDateTime now) {
		return lastUsedAt == null || !lastUsedAt.isAfter(now.minus(USE_GRANULARITY));
	}

	private byte[] digest(String tokenValue) {
		return cryptography.sm3(tokenValue.getBytes(StandardCharsets.UTF_8));
	}

	private SecondFactorRejectedException rejected(Account account) {
		boolean locked = signIns.secondFactorRejected(account.id(), remoteAddress());
		return new SecondFactorRejectedException(locked);
	}

	/** Moves the current sign-in on after a step and puts the resulting authentication in the security context. */
	private SignInStep advance(AccountId id, boolean secondFactorPassed) {
		Account account = find(id);
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		Authentication next = stages.authenticationFor(account, secondFactorPassed, current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(next);
		SecurityContextHolder.setContext(context);
		return next instanceof PendingSignIn pending ? pending.step() : SignInStep.DONE;
	}

	private Account currentAccount(SignInStep expectedStep) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || pendingStep() != expectedStep) {
			throw new IllegalStateException("The current sign-in is not at step " + expectedStep);
		}
		return accounts.findByUsername(authentication.getName())
			.orElseThrow(AccountNotFoundException::new);
	}

	private Account find(AccountId id) {
		return accounts.findById(id).orElseThrow(AccountNotFoundException::new);
	}

	/** The account, if it is not the acting administrator's own: nobody manages their own account. */
	private Account othersAccount(AccountId id) {
		Account account = find(id);
		if (account.username().equals(SecurityContextHolder.getContext().getAuthentication().getName())) {
			throw new SeparationOfDutiesViolatedException(OWN_ACCOUNT);
		}
		return account;
	}

	private static void requireAtMostOneAdministratorDuty(Set<Role> roles) {
		if (roles.stream().filter(Role::isAdministratorDuty).count() > 1) {
			throw new SeparationOfDutiesViolatedException(ONE_ADMINISTRATOR_DUTY);
		}
	}

	private static String remoteAddress() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
	}

	private static String names(Set<Role> roles) {
		return new TreeSet<>(roles.stream().map(Role::name).toList()).toString();
	}
}
