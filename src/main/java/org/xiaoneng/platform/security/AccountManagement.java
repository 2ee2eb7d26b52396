package org.xiaoneng.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, sign-in steps and personal API tokens. Account administration is the security administrator's alone
 * (三员分立, GB/T 22239-2019 level 3): only SECURITY_ADMIN manages accounts and roles, never their own, and no
 * account holds two of ADMIN, SECURITY_ADMIN and AUDITOR. Every change is written to the audit log in its
 * transaction. This facade holds the transactions and the role checks; the work is done by the use cases
 * {@link SigningIn}, {@link ApiTokenIssuing} and {@link AccountAdministration}.
 */
@Service
public class AccountManagement {

	private static final int SEARCH_LIMIT = 200;

	private final SigningIn signingIn;

	private final ApiTokenIssuing apiTokens;

	private final AccountAdministration administration;

	private final Accounts accounts;

	private final SignIns signIns;

	private final PasswordPolicy passwordPolicy;

	AccountManagement(SigningIn signingIn, ApiTokenIssuing apiTokens, AccountAdministration administration,
			Accounts accounts, SignIns signIns, PasswordPolicy passwordPolicy) {
		this.signingIn = signingIn;
		this.apiTokens = apiTokens;
		this.administration = administration;
		this.accounts = accounts;
		this.signIns = signIns;
		this.passwordPolicy = passwordPolicy;
	}

	// ---- signing in -------------------------------------------------------------------------------------------

	/** What the signed-in person still has to do before they get their roles. */
	public SignInStep pendingStep() {
		return CurrentSignIn.step();
	}

	/** The secret to enrol (the same one until it is confirmed, so reloading the page keeps the scanned QR valid). */
	@Transactional
	public SecondFactorEnrolment startSecondFactorEnrolment() {
		return signingIn.startSecondFactorEnrolment();
	}

	/**
	 * Confirms enrolment with a code from the newly set-up authenticator; the code also serves as this sign-in's
	 * second factor.
	 *
	 * @throws SecondFactorRejectedException when the code is wrong (it counts towards the lockout)
	 */
	@Transactional(noRollbackFor = SecondFactorRejectedException.class)
	public SignInStep confirmSecondFactorEnrolment(String code) {
		return signingIn.confirmSecondFactorEnrolment(code);
	}

	/**
	 * Checks the code of the enrolled authenticator. A code is accepted once: a replayed code is refused.
	 *
	 * @throws SecondFactorRejectedException when the code is wrong or used (it counts towards the lockout)
	 */
	@Transactional(noRollbackFor = SecondFactorRejectedException.class)
	public SignInStep confirmSecondFactor(String code) {
		return signingIn.confirmSecondFactor(code);
	}

	/**
	 * Changes the signed-in person's own password, which must meet the policy and differ from the current one.
	 *
	 * @throws PasswordPolicyViolatedException naming every broken rule
	 */
	@Transactional
	public SignInStep changeOwnPassword(String currentPassword, String newPassword) {
		return signingIn.changeOwnPassword(currentPassword, newPassword);
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
		return apiTokens.ownApiTokens();
	}

	/** Issues an API token for the signed-in person; its value is in the result only. */
	@Transactional
	public IssuedToken issueApiToken(String name) {
		return apiTokens.issueApiToken(name);
	}

	/** Revokes one of the signed-in person's API tokens; it is refused from then on. */
	@Transactional
	public void revokeOwnApiToken(ApiTokenId id) {
		apiTokens.revokeOwnApiToken(id);
	}

	// ---- account administration (security administrator) -------------------------------------------------------

	/** Accounts whose user name or display name contains the text. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public List<AccountSummary> search(String text) {
		return accounts.search(text == null ? "" : text, SEARCH_LIMIT).stream().map(Account::summary).toList();
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public AccountSummary account(AccountId id) {
		return administration.find(id).summary();
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
		return administration.create(account);
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void changeDisplayName(AccountId id, String displayName) {
		administration.changeDisplayName(id, displayName);
	}

	/** Replaces an account's roles; never one's own, never two administrator duties on one account. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void assignRoles(AccountId id, Set<Role> roles) {
		administration.assignRoles(id, roles);
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void disable(AccountId id) {
		administration.disable(id);
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void enable(AccountId id) {
		administration.enable(id);
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void unlock(AccountId id) {
		administration.unlock(id);
	}

	/** Gives an account a new one-time password (returned here only) that must be changed at next sign-in. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public String resetPassword(AccountId id) {
		return administration.resetPassword(id);
	}

	/** Forgets an account's authenticator (e.g. a lost phone); the next sign-in enrols a new one. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Transactional
	public void resetSecondFactor(AccountId id) {
		administration.resetSecondFactor(id);
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
		return administration.breakGlass(username, operator, resetSecondFactor);
	}

	// ---- first start, demo data and API authentication (this module only) -------------------------------------

	/** Whether no account exists yet; takes a table lock so that only one node creates the first ones. */
	boolean noAccountsYet() {
		return accounts.noneExistLocked();
	}

	AccountId createWithPassword(NewAccount account, String password, boolean mustChangePassword) {
		return administration.createWithPassword(account, password, mustChangePassword);
	}

	/** Enrols a known secret, e.g. the published demo secret. */
	void enrolSecondFactor(AccountId id, String base32Secret) {
		administration.enrolSecondFactor(id, base32Secret);
	}

	/** Issues a token with the given value: random for people, fixed and published for the demo accounts. */
	IssuedToken issueApiToken(AccountId owner, String name, String value) {
		return apiTokens.issueApiToken(owner, name, value);
	}

	/** The authentication for a Bearer token, if it is known, not revoked and its owner may sign in. */
	@Transactional
	Optional<Authentication> authenticateApiToken(String value) {
		return apiTokens.authenticateApiToken(value);
	}
}
