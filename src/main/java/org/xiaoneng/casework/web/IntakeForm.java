package org.xiaoneng.casework.web;

import java.util.ArrayList;
import java.util.List;

import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.IdType;
import org.xiaoneng.casework.SubmissionChannel;

/** The clerk's one-screen intake form: the applicant, each item material received or not, and any problems ticked. */
public class IntakeForm {

	private Long itemId;

	private String idempotencyKey;

	private SubmissionChannel channel = SubmissionChannel.WINDOW;

	private DeliveryMethod pickup = DeliveryMethod.PICKUP;

	private ApplicantKind applicantKind = ApplicantKind.PERSON;

	private String name;

	private String organisation;

	private IdType idType = IdType.RESIDENT_ID;

	private String idNumber;

	private String phone;

	private String email;

	private String address;

	private String agentName;

	private IdType agentIdType = IdType.RESIDENT_ID;

	private String agentIdNumber;

	private String agentPhone;

	private List<MaterialRow> rows = new ArrayList<>();

	private String otherName;

	private Integer otherCopies = 1;

	private Integer otherPages = 1;

	/** One item material on the form: received or not, original or copy, counts, and a ticked problem. */
	public static class MaterialRow {

		private Integer number;

		private String name;

		private boolean received;

		private boolean original = true;

		private Integer copies = 1;

		private Integer pages = 1;

		private boolean problem;

		private String reason;

		public Integer getNumber() {
			return number;
		}

		public void setNumber(Integer number) {
			this.number = number;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isReceived() {
			return received;
		}

		public void setReceived(boolean received) {
			this.received = received;
		}

		public boolean isOriginal() {
			return original;
		}

		public void setOriginal(boolean original) {
			this.original = original;
		}

		public Integer getCopies() {
			return copies;
		}

		public void setCopies(Integer copies) {
			this.copies = copies;
		}

		public Integer getPages() {
			return pages;
		}

		public void setPages(Integer pages) {
			this.pages = pages;
		}

		public boolean isProblem() {
			return problem;
		}

		public void setProblem(boolean problem) {
			this.problem = problem;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	public Long getItemId() {
		return itemId;
	}

	public void setItemId(Long itemId) {
		this.itemId = itemId;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public SubmissionChannel getChannel() {
		return channel;
	}

	public void setChannel(SubmissionChannel channel) {
		this.channel = channel;
	}

	public DeliveryMethod getPickup() {
		return pickup;
	}

	public void setPickup(DeliveryMethod pickup) {
		this.pickup = pickup;
	}

	public ApplicantKind getApplicantKind() {
		return applicantKind;
	}

	public void setApplicantKind(ApplicantKind applicantKind) {
		this.applicantKind = applicantKind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public IdType getIdType() {
		return idType;
	}

	public void setIdType(IdType idType) {
		this.idType = idType;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getAgentName() {
		return agentName;
	}

	public void setAgentName(String agentName) {
		this.agentName = agentName;
	}

	public IdType getAgentIdType() {
		return agentIdType;
	}

	public void setAgentIdType(IdType agentIdType) {
		this.agentIdType = agentIdType;
	}

	public String getAgentIdNumber() {
		return agentIdNumber;
	}

	public void setAgentIdNumber(String agentIdNumber) {
		this.agentIdNumber = agentIdNumber;
	}

	public String getAgentPhone() {
		return agentPhone;
	}

	public void setAgentPhone(String agentPhone) {
		this.agentPhone = agentPhone;
	}

	public List<MaterialRow> getRows() {
		return rows;
	}

	public void setRows(List<MaterialRow> rows) {
		this.rows = rows;
	}

	public String getOtherName() {
		return otherName;
	}

	public void setOtherName(String otherName) {
		this.otherName = otherName;
	}

	public Integer getOtherCopies() {
		return otherCopies;
	}

	public void setOtherCopies(Integer otherCopies) {
		this.otherCopies = otherCopies;
	}

	public Integer getOtherPages() {
		return otherPages;
	}

	public void setOtherPages(Integer otherPages) {
		this.otherPages = otherPages;
	}
}
