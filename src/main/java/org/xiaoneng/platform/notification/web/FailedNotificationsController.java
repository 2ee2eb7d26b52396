package org.xiaoneng.platform.notification.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.platform.notification.NotificationId;
import org.xiaoneng.platform.notification.Notifications;

/**
 * The administrators' list of messages that could not be sent, with recipients masked, and sending one again.
 */
@Controller
@RequestMapping("/notifications")
class FailedNotificationsController {

	private static final String ADMIN = "ROLE_ADMIN";

	private final Notifications notifications;

	FailedNotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/failed")
	String failed(Authentication user, Model model) {
		requireAdmin(user);
		model.addAttribute("failed", notifications.failed());
		return "notification/failed";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		boolean requeued = notifications.retry(new NotificationId(id));
		redirect.addFlashAttribute("notice",
				requeued ? "notification.failed.retried" : "notification.failed.notFound");
		return "redirect:/notifications/failed";
	}

	// Checked here rather than with @PreAuthorize so that the page is closed to non-administrators whatever the
	// application-wide security configuration enables; Spring Security answers the exception with 403.
	private static void requireAdmin(Authentication user) {
		if (user == null || user.getAuthorities().stream().noneMatch(role -> ADMIN.equals(role.getAuthority()))) {
			throw new AccessDeniedException("Failed notifications are for administrators only");
		}
	}
}
