package org.xiaoneng.platform.security.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.platform.security.AccountId;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.AccountSummary;
import org.xiaoneng.platform.security.CreatedAccount;
import org.xiaoneng.platform.security.NewAccount;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Accounts for scripts and integrations of the security administrator (SECURITY_ADMIN only).
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Accounts and roles; security administrator only (三员分立)")
@SecurityRequirement(name = OpenApiSecurity.BEARER)
class AccountApiController {

	private final AccountManagement accounts;

	AccountApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Accounts whose user name or display name contains the text")
	@ApiResponse(responseCode = "200", description = "The matching accounts, by user name (at most 200)")
	@ApiResponse(responseCode = "401", description = "No or an invalid token")
	@ApiResponse(responseCode = "403", description = "Not a security administrator")
	List<AccountSummary> search(@Parameter(description = "Text to search for; empty lists all")
	@RequestParam(defaultValue = "") String q) {
		return accounts.search(q);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	@ApiResponse(responseCode = "200", description = "The account")
	@ApiResponse(responseCode = "404", description = "No such account")
	AccountSummary account(@PathVariable long id) {
		return accounts.account(new AccountId(id));
	}

	@PostMapping
	@Operation(summary = "Creates an account with a one-time password (returned once; changed at first sign-in)")
	@ApiResponse(responseCode = "201", description = "Created; the response carries the one-time password")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors'")
	@ApiResponse(responseCode = "409", description = "The user name is taken")
	@ApiResponse(responseCode = "422", description = "Two administrator duties on one account (三员分立)")
	ResponseEntity<CreatedAccount> create(@Valid @RequestBody NewAccount account) {
		CreatedAccount created = accounts.create(account);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.account().id())).body(created);
	}
}
