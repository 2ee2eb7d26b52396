package org.xiaoneng.casework;

/** How the result reaches the applicant (送达): picked up at the window, by post, or online. */
public enum DeliveryMethod {
	PICKUP, POST, ONLINE
}
