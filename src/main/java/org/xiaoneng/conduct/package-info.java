/**
 * 行为规范 (十不准, rule 十一 of the source text): each unit's rules of conduct in versions, the region's default for a
 * unit without its own. The portal shows the list in force, so that citizens know what they may report; inquiry's
 * complaints, accountability's inspection findings and cases cite a rule by code through
 * {@link org.xiaoneng.conduct.ConductRulebook}. It sits low in the module map: it reads the organisation and nothing
 * above it (docs/decisions/0024).
 */
@ApplicationModule(id = "conduct", displayName = "Conduct 行为规范",
		allowedDependencies = { "common", "audit", "organization" })
package org.xiaoneng.conduct;

import org.springframework.modulith.ApplicationModule;
