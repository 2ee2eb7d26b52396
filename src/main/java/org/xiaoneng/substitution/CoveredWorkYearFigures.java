package org.xiaoneng.substitution;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;

/**
 * A year's covered work (代岗, the source text 六(五)) in figures for the performance evaluation (绩效考评, rule 八),
 * set-based: the work done on holders' behalf per department and substitute, and how much of it by its due day, from
 * every {@link CoveredWorkSource} in one pass each; with the work behind one person's or department's figure as its
 * evidence. The caller (the evaluation module) checks who may read them.
 */
@Service
public class CoveredWorkYearFigures {

	/** At most this many pieces of work are listed as one figure's evidence, the latest first. */
	public static final int EVIDENCE_LIMIT = 500;

	private final List<CoveredWorkSource> sources;

	CoveredWorkYearFigures(List<CoveredWorkSource> sources) {
		this.sources = sources;
	}

	private record Key(long departmentId, long staffId) {
	}

	/** Every department's and substitute's covered work of the year, the sources' counts added up. */
	@Transactional(readOnly = true)
	public List<CoveredCount> ofYear(int year) {
		return sum(source -> source.countedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	/** One substitute's covered work of the year per department, the sources' counts added up. */
	@Transactional(readOnly = true)
	public List<CoveredCount> ofStaff(StaffId staffId, int year) {
		return sum(source -> source.countedBetween(staffId, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31)));
	}

	private List<CoveredCount> sum(Function<CoveredWorkSource, List<CoveredCount>> read) {
		Map<Key, CoveredCount> sums = new HashMap<>();
		for (CoveredWorkSource source : sources) {
			for (CoveredCount count : read.apply(source)) {
				sums.merge(new Key(count.departmentId(), count.staffId()), count,
						(a, b) -> new CoveredCount(a.departmentId(), a.staffId(), a.done() + b.done(),
								a.onTime() + b.onTime()));
			}
		}
		return List.copyOf(sums.values());
	}

	/** The year's work a substitute did on holders' behalf, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<CoveredItem> workOfStaff(StaffId staffId, int year) {
		return evidence(source -> source.coveredBy(staffId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	/** The year's work a department's staff did on holders' behalf, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<CoveredItem> workOfDepartment(DepartmentId departmentId, int year) {
		return evidence(source -> source.coveredIn(departmentId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	private List<CoveredItem> evidence(Function<CoveredWorkSource, List<CoveredItem>> read) {
		return sources.stream()
			.flatMap(source -> read.apply(source).stream())
			.sorted(Comparator.comparing(CoveredItem::completedOn).reversed())
			.limit(EVIDENCE_LIMIT)
			.toList();
	}
}
