package org.xiaoneng.disclosure;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.RuleViolationException;

/**
 * Publication is blocked while the item's text or an attachment holds a resident identity number, a mobile number or
 * a bank card number; the message lists each with its place, masked.
 */
class PersonalDataFoundException extends RuleViolationException {

	private static final int SHOWN = 20;

	private final transient List<PersonalDataFinding> findings;

	PersonalDataFoundException(List<PersonalDataFinding> findings) {
		super(Kind.RULE_BROKEN, "disclosure.error.personalData", findings.size(),
				list(findings.subList(0, Math.min(findings.size(), SHOWN)), 0));
		this.findings = List.copyOf(findings);
	}

	List<PersonalDataFinding> findings() {
		return findings;
	}

	// the findings as one message argument: each joined to the rest by the bundle's separator
	private static MessageSourceResolvable list(List<PersonalDataFinding> findings, int from) {
		if (from == findings.size() - 1) {
			return findings.get(from).message();
		}
		return new DefaultMessageSourceResolvable(new String[] { "disclosure.finding.more" },
				new Object[] { findings.get(from).message(), list(findings, from + 1) });
	}
}
