package org.xiaoneng.casework;

/** Who applies: a natural person or an organisation (法人或其他组织). */
public enum ApplicantKind {
	PERSON, ORGANISATION
}
