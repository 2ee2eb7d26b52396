/**
 * 电子监察 (electronic supervision): rules that watch the other modules' work through their events, raise cards (预警,
 * 黄牌, 红牌) to the person responsible, take their rectification feedback (整改反馈) and appeals (申诉), escalate missed
 * feedback and let supervisors press (督办). It listens and reads; nothing depends on it. {@link
 * org.xiaoneng.supervision.Supervision} is the facade; accountability and evaluation listen to its events.
 */
@ApplicationModule(id = "supervision", displayName = "Supervision 电子监察",
		allowedDependencies = { "common", "database", "audit", "documents", "notification", "organization", "calendar",
				"casework", "catalog", "inquiry", "refusal", "substitution", "web", "badge", "disclosure" })
package org.xiaoneng.supervision;

import org.springframework.modulith.ApplicationModule;
