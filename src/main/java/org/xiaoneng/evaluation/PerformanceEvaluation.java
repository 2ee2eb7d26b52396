package org.xiaoneng.evaluation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Callers;

/**
 * 绩效考评制 (rule 八) for pages and the API: the year's schemes. Every action checks the caller at its entry: the
 * evaluation team (supervisors) drafts; every member of staff reads the schemes they are evaluated by.
 */
@Service
public class PerformanceEvaluation {

	private final Callers callers;

	private final Schemes schemes;

	private final SchemeDrafting drafting;

	PerformanceEvaluation(Callers callers, Schemes schemes, SchemeDrafting drafting) {
		this.callers = callers;
		this.schemes = schemes;
		this.drafting = drafting;
	}

	/** The evaluation team drafts the year's scheme for a kind of object and grade scale, or its next version. */
	public SchemeView draftScheme(int year, ObjectType type, GradeScale scale, List<Indicator> dimensions) {
		return SchemeView.of(drafting.draft(callers.current(), year, type, scale, dimensions));
	}

	/** The evaluation team drafts the source text's default scheme (rule 八 (三)), 廉 as a fifth for staff if asked. */
	public SchemeView draftDefaultScheme(int year, ObjectType type, GradeScale scale, boolean withIntegrity) {
		return SchemeView.of(drafting.draftDefault(callers.current(), year, type, scale, withIntegrity));
	}

	/** The latest version of each of the year's schemes. */
	@Transactional(readOnly = true)
	public List<SchemeView> schemes(int year) {
		return schemes.latestOfYear(year).stream().map(SchemeView::of).toList();
	}

	/** One version of a scheme. */
	@Transactional(readOnly = true)
	public SchemeView scheme(long id) {
		return schemes.find(id).map(SchemeView::of).orElseThrow(() -> new SchemeNotFoundException(id));
	}
}
