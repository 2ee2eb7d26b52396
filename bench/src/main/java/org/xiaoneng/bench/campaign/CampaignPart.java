package org.xiaoneng.bench.campaign;

import org.xiaoneng.bench.Settings;

/**
 * One part of the trust campaign (issue 13): it attacks or breaks the platform in one way and reports what it saw as
 * {@link Verdicts}. A part starts whatever it needs (an application, a database, a proxy) and stops it again.
 */
interface CampaignPart {

	/** The part's name, matched by {@code --campaign REGEX}: {@code matrix}, {@code fuzz}, {@code crash} … */
	String name();

	void run(Settings settings, Verdicts verdicts);
}
