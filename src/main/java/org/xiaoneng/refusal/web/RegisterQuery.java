package org.xiaoneng.refusal.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.xiaoneng.refusal.Decision;
import org.xiaoneng.refusal.RefusalState;
import org.xiaoneng.refusal.RegisterFilter;

/** The register's filters as a page or the API receives them (query parameters); empty means any. */
class RegisterQuery {

	private Long unitId;

	private Long departmentId;

	private Long handlerStaffId;

	private Long itemId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Boolean withinAuthority;

	private RefusalState state;

	private Decision decision;

	RegisterFilter filter() {
		return new RegisterFilter(unitId, departmentId, handlerStaffId, itemId, from, to, withinAuthority, state,
				decision);
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getHandlerStaffId() {
		return handlerStaffId;
	}

	public void setHandlerStaffId(Long handlerStaffId) {
		this.handlerStaffId = handlerStaffId;
	}

	public Long getItemId() {
		return itemId;
	}

	public void setItemId(Long itemId) {
		this.itemId = itemId;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Boolean getWithinAuthority() {
		return withinAuthority;
	}

	public void setWithinAuthority(Boolean withinAuthority) {
		this.withinAuthority = withinAuthority;
	}

	public RefusalState getState() {
		return state;
	}

	public void setState(RefusalState state) {
		this.state = state;
	}

	public Decision getDecision() {
		return decision;
	}

	public void setDecision(Decision decision) {
		this.decision = decision;
	}
}
