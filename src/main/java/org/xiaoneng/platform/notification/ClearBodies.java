package org.xiaoneng.platform.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * At start, encrypts the message bodies that a version before encryption at rest stored in clear (notification V2),
 * a batch per transaction until none is left; on a database that never had them it asks once and finds none.
 */
@Component
class ClearBodies {

	private static final Logger LOG = LoggerFactory.getLogger(ClearBodies.class);

	private final Messages messages;

	private final TransactionOperations transactions;

	ClearBodies(Messages messages, TransactionOperations transactions) {
		this.messages = messages;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void encryptAll() {
		int total = 0;
		Integer batch;
		do {
			batch = transactions.execute(status -> messages.encryptClearBodies());
			total += batch == null ? 0 : batch;
		}
		while (batch != null && batch > 0);
		if (total > 0) {
			LOG.info("Encrypted {} notification bodies stored in clear by an earlier version", total);
		}
	}
}
