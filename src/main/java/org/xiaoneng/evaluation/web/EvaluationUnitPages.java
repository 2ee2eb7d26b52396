package org.xiaoneng.evaluation.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.evaluation.EvaluationResults;
import org.xiaoneng.evaluation.Grade;
import org.xiaoneng.evaluation.ObjectType;
import org.xiaoneng.evaluation.PerformanceEvaluation;
import org.xiaoneng.evaluation.ResultView;
import org.xiaoneng.organization.Organization;

/**
 * A unit's year of 绩效考评 at a glance, for its leaders and the evaluation team: the staff's grade distribution and
 * the departments' totals, each a table and an ECharts chart drawn from that table (the library served by the
 * application, as the supervision cockpit's), and the principal leader's approval of the wider 优秀 quota (25 %).
 * Only the results the caller may read are counted.
 */
@Controller
@RequestMapping("/evaluation/units")
@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR')")
class EvaluationUnitPages {

	private final PerformanceEvaluation evaluation;

	private final EvaluationResults results;

	private final Organization organization;

	private final Clock clock;

	EvaluationUnitPages(PerformanceEvaluation evaluation, EvaluationResults results, Organization organization,
			Clock clock) {
		this.evaluation = evaluation;
		this.results = results;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping
	String unit(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
			Model model) {
		int shown = year != null ? year : LocalDate.now(clock).getYear();
		List<ResultView> staff = evaluation.results(shown, ObjectType.STAFF);
		List<ResultView> departments = evaluation.results(shown, ObjectType.DEPARTMENT);
		Map<Long, String> units = new LinkedHashMap<>();
		for (ResultView r : staff) {
			units.computeIfAbsent(r.unitId(), id -> organization.unit(new UnitId(id)).name());
		}
		long chosen = unit != null ? unit : units.keySet().stream().findFirst().orElse(0L);
		Map<Grade, Long> distribution = new EnumMap<>(Grade.class);
		for (Grade grade : Grade.values()) {
			distribution.put(grade, staff.stream().filter(r -> r.unitId() == chosen && r.grade() == grade).count());
		}
		model.addAttribute("year", shown);
		model.addAttribute("units", units);
		model.addAttribute("unit", chosen);
		model.addAttribute("unitName", units.get(chosen));
		model.addAttribute("scale", staff.stream().filter(r -> r.unitId() == chosen).findFirst()
			.map(ResultView::scale).orElse(null));
		model.addAttribute("distribution", distribution);
		model.addAttribute("departments", departments.stream().filter(r -> r.unitId() == chosen).toList());
		return "evaluation/unit";
	}

	/** The principal leader approves 25 % 优秀 for the unit's staff of the year. */
	@PostMapping("/{unitId}/wider-quota")
	String widerQuota(@PathVariable long unitId, @RequestParam int year, RedirectAttributes redirect) {
		return attempt(redirect, "/evaluation/units?year=" + year + "&unit=" + unitId, () -> {
			results.approveWiderQuota(year, new UnitId(unitId));
		});
	}
}
