package org.xiaoneng.casework;

/**
 * The applicant as the case file keeps them: ID numbers and phones only encrypted (SM4), with a keyed hash for exact
 * search and a masked form for lists and print-outs (个人信息保护法 第五十一条).
 */
record ApplicantOnFile(ApplicantKind kind, String name, String organisation, IdType idType, String idNumberEncrypted,
		String idNumberHash, String idNumberMasked, String phoneEncrypted, String phoneMasked, String emailEncrypted,
		String address, String agentName, IdType agentIdType, String agentIdEncrypted, String agentIdHash,
		String agentPhoneEncrypted) {

	/** The applicant's name as documents address them: the organisation, or the person. */
	String addressee() {
		return organisation != null && !organisation.isBlank() ? organisation : name;
	}
}
