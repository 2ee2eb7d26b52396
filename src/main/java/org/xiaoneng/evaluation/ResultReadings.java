package org.xiaoneng.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.documents.Documents;

/**
 * The results as people read them: one result with the evidence behind every computed figure (each case, card and
 * decision a link), a person's own, the lists of the caller's scope, the team's open disputes and checks, and the
 * year's list as an Excel workbook for the personnel office (评先评优, 晋级升职, rewards: rule 八 (五)).
 */
@Component
class ResultReadings {

	private final Results results;

	private final FigureEvidence figureEvidence;

	private final Organization organization;

	private final Documents documents;

	private final MessageSource messages;

	ResultReadings(Results results, FigureEvidence figureEvidence, Organization organization, Documents documents,
			MessageSource messages) {
		this.results = results;
		this.figureEvidence = figureEvidence;
		this.organization = organization;
		this.documents = documents;
		this.messages = messages;
	}

	ResultView view(Caller caller, long id) {
		Result result = results.find(id).orElseThrow(() -> new ResultNotFoundException(id));
		ResultAccess.requireReadable(caller, result);
		return view(result);
	}

	ResultView view(Result result) {
		String name = result.objectType() == ObjectType.STAFF ? organization.staffMember(new StaffId(result.objectId())).name()
				: organization.department(new DepartmentId(result.objectId())).name();
		return ResultView.of(result, name);
	}

	Optional<ResultView> mine(Caller caller, int year) {
		Long staffId = caller.staffId();
		return staffId == null ? Optional.empty()
				: results.of(year, ObjectType.STAFF, staffId).map(this::view);
	}

	/** The records behind a result's computed figures, the latest first. */
	List<Evidence> evidence(Caller caller, long id) {
		Result result = results.find(id).orElseThrow(() -> new ResultNotFoundException(id));
		ResultAccess.requireReadable(caller, result);
		return figureEvidence.of(result);
	}

	/** The year's results of a kind that the caller may read, by unit and best first. */
	List<ResultView> list(Caller caller, int year, ObjectType type) {
		return results.ofYear(year, type, visibleUnits(caller))
			.stream()
			.filter(result -> ResultAccess.mayRead(caller, result))
			.map(this::view)
			.toList();
	}

	/** The team's open work of the year: disputes to answer and failing departments to check. */
	List<ResultView> openForTeam(Caller caller, int year) {
		EvaluationAccess.requireTeam(caller);
		List<ResultView> open = new ArrayList<>();
		for (ObjectType type : ObjectType.values()) {
			results.ofYear(year, type, null)
				.stream()
				.filter(r -> (r.state() == ResultState.DISPUTED && r.disputeAnswer() == null) || r.awaitsCheck())
				.map(this::view)
				.forEach(open::add);
		}
		return open;
	}

	/** The year's results of a kind in the caller's scope as a workbook: rank, name, total, grade, state. */
	byte[] export(Caller caller, int year, ObjectType type) {
		List<String> headers = List.of("unit", "name", "total", "rank", "grade", "blocked", "state")
			.stream()
			.map(column -> text("evaluation.export.column." + column))
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		for (ResultView r : list(caller, year, type)) {
			List<Object> row = new ArrayList<>();
			row.add(organization.unit(new UnitId(r.unitId())).name());
			row.add(r.name());
			row.add(r.total());
			row.add(r.rank());
			row.add(r.grade() == null ? null : text("evaluation.grade." + r.scale().name() + "." + r.grade().name()));
			row.add(r.blockedReason());
			row.add(text("evaluation.ResultState." + r.state().name()));
			rows.add(row);
		}
		return documents.excel(text("evaluation.export.title"), headers, rows);
	}

	private List<Long> visibleUnits(Caller caller) {
		if (caller.isSystem() || caller.scope().wholeRegion()) {
			return null;
		}
		return caller.staff().map(member -> List.of(member.unitId())).orElse(List.of());
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
