package org.xiaoneng.supervision.cockpit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.supervision.CardColour;
import org.xiaoneng.supervision.cockpit.CockpitReadings.CardLine;
import org.xiaoneng.supervision.cockpit.CockpitReadings.CaseLine;
import org.xiaoneng.supervision.cockpit.CockpitReadings.RuleCount;
import org.xiaoneng.supervision.cockpit.CockpitReadings.Sums;

/**
 * Reading the cockpit (效能监察驾驶舱): the figures of the caller's unit or region, the monthly rankings with their
 * 约谈 flags, and the cases or cards behind each number. Every read resolves the caller's scope first.
 */
@Component
@Transactional(readOnly = true)
class Cockpit {

	/** How many months the trends show, this one included. */
	static final int TREND_MONTHS = 12;

	private final CockpitReadings readings;

	private final TalkFlags talks;

	private final Organization organization;

	private final Callers callers;

	private final Clock clock;

	Cockpit(CockpitReadings readings, TalkFlags talks, Organization organization, Callers callers, Clock clock) {
		this.readings = readings;
		this.talks = talks;
		this.organization = organization;
		this.callers = callers;
		this.clock = clock;
	}

	/**
	 * The cockpit's figures.
	 *
	 * @param today the business day they are for
	 * @param unitId the unit, or {@code null} for the region
	 * @param figuresAsOf when the pre-aggregated figures last changed (they follow the events as they arrive), or
	 *        {@code null} when nothing was counted yet
	 * @param countedAt when the cards were counted (live, at this request)
	 */
	record Figures(LocalDate today, Long unitId, Instant figuresAsOf, Instant countedAt, long intakeToday,
			long openCases, long warnings, long yellowCards, long redCards, MonthFigures month,
			List<DepartmentFigures> departments, List<RuleCount> rules, List<MonthFigures> trend,
			List<TalkFlags.Talk> talks) {
	}

	/**
	 * One month's figures; rates in per cent and averages in working days, {@code null} when nothing to count. On time
	 * is measured against the promised deadline ({@code onTimeRate}) and, separately, against the statutory one over
	 * the cases whose item has one ({@code onTimeStatutoryRate}).
	 */
	record MonthFigures(YearMonth month, long received, long completed, long onTime, Double onTimeRate,
			long withStatutory, long onTimeStatutory, Double onTimeStatutoryRate, Double averageDaysUsed,
			Double averageDaysPromised, long rated, long satisfied, long dissatisfied, Double satisfactionRate,
			long complaints) {

		static MonthFigures of(YearMonth month, Sums sums) {
			return new MonthFigures(month, sums.received(), sums.completed(), sums.onTime(),
					Rates.percent(sums.onTime(), sums.completed()), sums.withStatutory(), sums.onTimeStatutory(),
					Rates.percent(sums.onTimeStatutory(), sums.withStatutory()),
					Rates.mean(sums.daysUsed(), sums.completed()),
					Rates.mean(sums.daysPromised(), sums.completed()), sums.rated(), sums.satisfied(),
					sums.dissatisfied(), Rates.percent(sums.satisfied(), sums.rated()), sums.complaints());
		}
	}

	/** A department's month: cases completed and rated, and the cards issued to it that stand, by colour. */
	record DepartmentFigures(long departmentId, long unitId, String name, long completed, long onTime,
			Double onTimeRate, Double onTimeStatutoryRate, long rated, long satisfied, Double satisfactionRate, long warnings, long yellowCards,
			long redCards) {

		long cards() {
			return warnings + yellowCards + redCards;
		}
	}

	/** The month's rankings of a unit's departments and of its windows (departments serving at a window). */
	record Rankings(long unitId, YearMonth month, List<Ranking.Standing> departments, List<Ranking.Standing> windows,
			List<TalkFlags.Talk> talks) {
	}

	Figures figures(Long requestedUnit) {
		Long unit = CockpitScope.of(callers.current(), requestedUnit).unitId();
		return figures(unit, departmentsIn(unit));
	}

	/**
	 * The cockpit's first page: the figures, the units the caller may pick and, for a unit, the rankings of this month
	 * and the last. The caller, the units and the unit's departments are read once for all of them, and this month's
	 * rankings come from the figures' departments.
	 *
	 * @param units the units the caller may open
	 * @param rankings this month's, or {@code null} for the region
	 * @param lastRankings last month's, or {@code null} for the region
	 */
	record Page(Figures figures, List<Unit> units, Rankings rankings, Rankings lastRankings) {
	}

	Page page(Long requestedUnit) {
		Caller caller = callers.current();
		Long unit = CockpitScope.of(caller, requestedUnit).unitId();
		List<Unit> units = caller.scope().wholeRegion() ? organization.units()
				: List.of(organization.unit(new UnitId(unit)));
		List<NamedDepartment> named = departmentsIn(unit, units);
		Figures figures = figures(unit, named);
		if (unit == null) {
			return new Page(figures, units, null, null);
		}
		YearMonth thisMonth = YearMonth.from(figures.today());
		YearMonth lastMonth = thisMonth.minusMonths(1);
		List<Long> windows = windowsOf(unit);
		return new Page(figures, units,
				rankings(unit, thisMonth, figures.departments(), windows, talks.of(unit, thisMonth)),
				rankings(unit, lastMonth, departments(unit, lastMonth, named), windows, figures.talks()));
	}

	private Figures figures(Long unit, List<NamedDepartment> named) {
		LocalDate today = LocalDate.now(clock);
		YearMonth thisMonth = YearMonth.from(today);
		YearMonth first = thisMonth.minusMonths(TREND_MONTHS - 1L);
		Map<YearMonth, Sums> monthly = readings.monthly(unit, first);
		List<MonthFigures> trend = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
			trend.add(MonthFigures.of(month, monthly.getOrDefault(month, Sums.NONE)));
		}
		Map<CardColour, Long> live = readings.liveCards(unit);
		return new Figures(today, unit, readings.figuresChangedAt(unit, first.atDay(1)), clock.instant(),
				readings.receivedOn(unit, today), readings.openCases(unit), live.get(CardColour.WARNING),
				live.get(CardColour.YELLOW), live.get(CardColour.RED), trend.get(trend.size() - 1),
				departments(unit, thisMonth, named), readings.cardsByRule(unit, thisMonth), trend,
				unit == null ? List.of() : talks.of(unit, thisMonth.minusMonths(1)));
	}

	YearMonth thisMonth() {
		return YearMonth.now(clock);
	}

	Rankings rankings(Long requestedUnit, YearMonth month) {
		CockpitScope scope = CockpitScope.of(callers.current(), requestedUnit);
		if (scope.region()) {
			throw new UnitRequiredException();
		}
		return rankingsOf(scope.unitId(), month);
	}

	/** The rankings of a unit, for the caller already in scope or for the system's monthly check. */
	Rankings rankingsOf(long unitId, YearMonth month) {
		return rankings(unitId, month, departments(unitId, month, departmentsIn(unitId)), windowsOf(unitId),
				talks.of(unitId, month));
	}

	/** The departments of the unit that serve at a window (a post of that kind). */
	private List<Long> windowsOf(long unitId) {
		return organization.postsOfUnit(new UnitId(unitId))
			.stream()
			.filter(post -> post.kind() == PostKind.WINDOW)
			.map(post -> post.departmentId())
			.distinct()
			.toList();
	}

	private static Rankings rankings(long unitId, YearMonth month, List<DepartmentFigures> departments,
			List<Long> windows, List<TalkFlags.Talk> talks) {
		return new Rankings(unitId, month, Ranking.of(departments.stream().map(Cockpit::month).toList()),
				Ranking.of(departments.stream()
					.filter(department -> windows.contains(department.departmentId()))
					.map(Cockpit::month)
					.toList()),
				talks);
	}

	/**
	 * The records behind one number, at most {@link CockpitReadings#LIST_LIMIT} of them.
	 *
	 * @param unitId the unit in scope, or {@code null} for the region
	 * @param more whether there are more than shown
	 * @param departmentNames the names of the departments in scope, by id
	 */
	record DrillDown<T>(Long unitId, List<T> lines, boolean more, Map<Long, String> departmentNames) {

		static <T> DrillDown<T> of(Long unitId, List<T> found, List<NamedDepartment> departments) {
			Map<Long, String> names = new java.util.HashMap<>();
			departments.forEach(department -> names.put(department.id(), department.name()));
			return new DrillDown<>(unitId, found.stream().limit(CockpitReadings.LIST_LIMIT).toList(),
					found.size() > CockpitReadings.LIST_LIMIT, names);
		}
	}

	/** The cases behind a number of the month (open cases: now, whatever the month). */
	DrillDown<CaseLine> cases(Long requestedUnit, CaseFigure figure, Long departmentId, YearMonth month) {
		Long unit = CockpitScope.of(callers.current(), requestedUnit).unitId();
		return DrillDown.of(unit, readings.cases(unit, figure, departmentId, month), departmentsIn(unit));
	}

	/** The cards behind a number: binding now ({@code live}), or issued in the month and standing. */
	DrillDown<CardLine> cards(Long requestedUnit, boolean live, YearMonth month, CardColour colour, Long departmentId,
			String ruleCode) {
		Long unit = CockpitScope.of(callers.current(), requestedUnit).unitId();
		return DrillDown.of(unit, readings.cards(unit, live, month, colour, departmentId, ruleCode),
				departmentsIn(unit));
	}

	/**
	 * A unit's public figures of the month: its on-time completion rate and its 好评率, nothing about any person.
	 *
	 * @param onTimeRate in per cent, or {@code null} when it completed nothing this month
	 * @param satisfactionRate in per cent, or {@code null} when nothing was rated
	 */
	record PublicFigures(long unitId, String unitName, long completed, Double onTimeRate, long rated,
			Double satisfactionRate) {
	}

	/** Every unit's public figures of this month: anyone may read them (政务公开). */
	List<PublicFigures> publicFigures() {
		Map<Long, Sums> units = readings.byUnit(thisMonth());
		return organization.units().stream().map(unit -> {
			Sums s = units.getOrDefault(unit.id(), Sums.NONE);
			return new PublicFigures(unit.id(), unit.name(), s.completed(), Rates.percent(s.onTime(), s.completed()),
					s.rated(), Rates.percent(s.satisfied(), s.rated()));
		}).toList();
	}

	/** A department as the cockpit names it: in a region, after its unit. */
	record NamedDepartment(long id, long unitId, String name) {
	}

	/** The departments of the unit, or of every unit for the region. */
	List<NamedDepartment> departmentsIn(Long unitId) {
		return departmentsIn(unitId, unitId == null ? organization.units()
				: List.of(organization.unit(new UnitId(unitId))));
	}

	/** The departments of the unit, or of every unit for the region, of units already read (one or all of them). */
	private List<NamedDepartment> departmentsIn(Long unitId, List<Unit> read) {
		List<Unit> units = unitId == null ? read
				: read.stream().filter(unit -> unit.id() == unitId).findFirst().map(List::of)
					// a unit the region's supervisor named that is not among the units: answered as a missing unit
					.orElseGet(() -> List.of(organization.unit(new UnitId(unitId))));
		List<NamedDepartment> named = new ArrayList<>();
		for (Unit unit : units) {
			for (Department department : organization.departmentsOf(new UnitId(unit.id()))) {
				named.add(new NamedDepartment(department.id(), unit.id(),
						unitId == null ? unit.shortName() + " " + department.name() : department.name()));
			}
		}
		return named;
	}

	private List<DepartmentFigures> departments(Long unitId, YearMonth month, List<NamedDepartment> named) {
		Map<Long, Sums> sums = readings.byDepartment(unitId, month);
		Map<Long, Map<CardColour, Long>> cards = readings.cardsByDepartment(unitId, month);
		List<DepartmentFigures> rows = new ArrayList<>();
		for (NamedDepartment department : named) {
			Sums s = sums.getOrDefault(department.id(), Sums.NONE);
			Map<CardColour, Long> c = cards.getOrDefault(department.id(), Map.of());
			// a unit's cockpit lists all its departments; the region's only those with something to show
			if (unitId != null || s.completed() > 0 || s.rated() > 0 || !c.isEmpty()) {
				rows.add(new DepartmentFigures(department.id(), department.unitId(), department.name(), s.completed(),
						s.onTime(), Rates.percent(s.onTime(), s.completed()),
						Rates.percent(s.onTimeStatutory(), s.withStatutory()), s.rated(), s.satisfied(),
						Rates.percent(s.satisfied(), s.rated()), c.getOrDefault(CardColour.WARNING, 0L),
						c.getOrDefault(CardColour.YELLOW, 0L), c.getOrDefault(CardColour.RED, 0L)));
			}
		}
		rows.sort(Comparator.comparingLong(DepartmentFigures::cards).reversed()
			.thenComparing(DepartmentFigures::name));
		return rows;
	}

	private static Ranking.Month month(DepartmentFigures department) {
		return new Ranking.Month(department.departmentId(), department.name(), department.completed(),
				department.onTime(), department.rated(), department.satisfied(), department.cards());
	}
}
