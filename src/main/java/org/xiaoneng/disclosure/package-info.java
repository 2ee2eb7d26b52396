/**
 * 政务公开 (rule 十 of the source text) and 依申请公开 (政府信息公开条例, 2019): the catalogue of items an agency makes
 * public by category, their review before publication and their schedule, requests for information with the
 * regulation's time limits, and the public's feedback. It reads the organisation and the calendar; only supervision
 * depends on it, turning its overdue items into cards. {@link org.xiaoneng.disclosure.Disclosure} is the facade.
 */
@ApplicationModule(id = "disclosure", displayName = "Disclosure 政务公开",
		allowedDependencies = { "common", "organization", "calendar", "audit", "database", "documents" })
package org.xiaoneng.disclosure;

import org.springframework.modulith.ApplicationModule;
