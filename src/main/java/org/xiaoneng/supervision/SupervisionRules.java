package org.xiaoneng.supervision;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;

/**
 * The rule catalogue (监察规则) for pages and the API: every built-in rule with a unit's settings, read by the unit's
 * supervisors, administrators and leaders, switched and tuned by supervisors.
 */
@Service
public class SupervisionRules {

	private final Callers callers;

	private final RuleBook rules;

	private final Tuning tuning;

	private final MessageSource messages;

	SupervisionRules(Callers callers, RuleBook rules, Tuning tuning, MessageSource messages) {
		this.callers = callers;
		this.rules = rules;
		this.tuning = tuning;
		this.messages = messages;
	}

	/** The rule catalogue as it applies in the unit: every built-in rule with the unit's current settings. */
	@Transactional(readOnly = true)
	public List<RuleView> rules(UnitId unitId) {
		Caller caller = callers.current();
		// a deputy leader oversees departments, not the unit, yet is held to the unit's rules and may read them
		boolean ownUnit = caller.hasRole("LEADER")
				&& caller.staff().map(staff -> staff.unitId() == unitId.value()).orElse(false);
		if (!caller.scope().wholeRegion() && !caller.scope().unitIds().contains(unitId.value()) && !ownUnit) {
			throw new UnitNotVisibleException(unitId.value());
		}
		return rules.all(unitId.value()).stream().map(this::view).toList();
	}

	/** Switches a rule on or off in a unit and tunes its numbers (supervisors only), as the rule's next version. */
	public RuleView tune(UnitId unitId, Rule rule, boolean enabled, Integer threshold, Integer daysLeft,
			int feedbackDays) {
		return view(tuning.tune(unitId.value(), rule, enabled, threshold, daysLeft, feedbackDays));
	}

	private RuleView view(RuleTerms terms) {
		Rule rule = terms.rule();
		String prefix = "supervision.rule." + rule.code();
		return new RuleView(rule.code(), text(prefix + ".name"), text(prefix + ".source"), text(prefix + ".trigger"),
				rule.colour(), rule.responsible(), rule.reviewFirst(), rule.signalledBy() != null, rule.threshold(),
				rule.daysLeft(), terms);
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
