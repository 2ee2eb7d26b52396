package org.xiaoneng.refusal;

/** How the collector of returned materials signed. */
public enum SignatureKind {

	/** Drawn on the screen. */
	DRAWN,

	/** A signed slip, scanned. */
	SCANNED
}
