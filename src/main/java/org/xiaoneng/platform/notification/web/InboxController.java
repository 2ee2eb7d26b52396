package org.xiaoneng.platform.notification.web;

import java.security.Principal;
import java.util.UUID;

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
 * The signed-in staff member's inbox: their in-app messages, newest first, and marking them as read.
 */
@Controller
@RequestMapping("/inbox")
class InboxController {

	private final Notifications notifications;

	InboxController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String inbox(Principal user, Model model) {
		model.addAttribute("messages", notifications.inbox(user.getName()));
		model.addAttribute("unread", notifications.unreadCount(user.getName()));
		return "notification/inbox";
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
		boolean marked = notifications.markRead(user.getName(), new NotificationId(id));
		redirect.addFlashAttribute("notice", marked ? "notification.inbox.marked" : "notification.inbox.notFound");
		return "redirect:/inbox";
	}

	@PostMapping("/read-all")
	String markAllRead(Principal user, RedirectAttributes redirect) {
		notifications.markAllRead(user.getName());
		redirect.addFlashAttribute("notice", "notification.inbox.allMarked");
		return "redirect:/inbox";
	}
}
