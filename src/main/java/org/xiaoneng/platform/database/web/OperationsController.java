package org.xiaoneng.platform.database.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xiaoneng.platform.database.Operations;

/** The operators' page of this node: node id, database, migrations, sweeps and health, for administrators. */
@Controller
class OperationsController {

	private static final String ADMIN = "ROLE_ADMIN";

	private final Operations operations;

	OperationsController(Operations operations) {
		this.operations = operations;
	}

	@GetMapping("/operations")
	String operations(Authentication user, Model model) {
		// Checked here as well as by the URL rules, so the page stays closed whatever the security configuration
		// enables; Spring Security answers the exception with 403.
		if (user == null || user.getAuthorities().stream().noneMatch(role -> ADMIN.equals(role.getAuthority()))) {
			throw new AccessDeniedException("The operations page is for administrators only");
		}
		model.addAttribute("report", operations.report());
		return "database/operations";
	}
}
