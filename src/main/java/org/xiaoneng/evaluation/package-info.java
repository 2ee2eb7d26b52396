/**
 * 绩效考评制 (rule 八 of the source text): departments and staff evaluated each year on indicator schemes whose
 * computed figures come from the other modules' facts, with leaders' scores, the public's (a sampling survey besides
 * the continuous 好差评 ratings), the year-end assessment and qualitative grades; results ranked and graded under
 * the 优秀 quota, published for objections, signed or disputed by the person evaluated. It reads the other modules
 * and listens to supervision and accountability; nothing depends on it.
 */
@ApplicationModule(id = "evaluation", displayName = "Evaluation 绩效考评",
		allowedDependencies = { "common", "database", "audit", "documents", "notification", "organization", "calendar",
				"casework", "catalog", "inquiry", "refusal", "substitution", "supervision", "accountability", "badge",
				"ratelimit", "web" })
package org.xiaoneng.evaluation;

import org.springframework.modulith.ApplicationModule;
