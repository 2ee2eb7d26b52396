package org.xiaoneng.platform.security;

/**
 * A new account with its one-time password, shown once to the security administrator and never stored in clear.
 *
 * @param account the account
 * @param oneTimePassword the password to hand over; it must be changed at first sign-in
 */
public record CreatedAccount(AccountSummary account, String oneTimePassword) {
}
