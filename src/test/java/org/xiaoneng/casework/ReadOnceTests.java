package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data is read once per transaction, afresh in the next one, and every time outside one; what the transaction
 * noted (the caller's staff record, a case it saved) is answered without a read.
 */
class ReadOnceTests {

	private final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void noTransactionLeftBehind() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			endTransaction();
		}
	}

	@Test
	void aUnitAskedForThreeTimesInOneTransactionIsReadOnce() {
		beginTransaction();

		String first = ReadOnce.read("unit", 7, this::readUnit);
		ReadOnce.read("unit", 7, this::readUnit);
		ReadOnce.read("unit", 7, this::readUnit);

		assertThat(first).isEqualTo("unit 7, read 1");
		assertThat(reads).hasValue(1);
	}

	@Test
	void anotherIdOrKindIsReadOnItsOwn() {
		beginTransaction();

		ReadOnce.read("unit", 7, this::readUnit);
		ReadOnce.read("unit", 8, this::readUnit);
		ReadOnce.read("staff", 7, this::readUnit);

		assertThat(reads).hasValue(3);
	}

	@Test
	void theNextTransactionReadsAfresh() {
		beginTransaction();
		ReadOnce.read("unit", 7, this::readUnit);
		endTransaction();
		beginTransaction();

		String again = ReadOnce.read("unit", 7, this::readUnit);

		assertThat(again).isEqualTo("unit 7, read 2");
	}

	@Test
	void outsideATransactionEveryAskReads() {
		ReadOnce.read("unit", 7, this::readUnit);
		ReadOnce.read("unit", 7, this::readUnit);

		assertThat(reads).hasValue(2);
	}

	@Test
	void whatTheTransactionNotedIsAnsweredWithoutReadingAndOnlyInIt() {
		beginTransaction();
		ReadOnce.known("saved case", 7, "case 7 as saved");

		String noted = ReadOnce.knownOr("saved case", 7, this::readUnit);
		String other = ReadOnce.knownOr("saved case", 8, this::readUnit);
		ReadOnce.knownOr("saved case", 8, this::readUnit);
		endTransaction();
		beginTransaction();
		String next = ReadOnce.knownOr("saved case", 7, this::readUnit);

		assertThat(noted).isEqualTo("case 7 as saved");
		assertThat(other).as("what was not noted is read each time, and not noted").isEqualTo("unit 7, read 1");
		assertThat(next).as("the next transaction reads").isEqualTo("unit 7, read 3");
	}

	@Test
	void aStaffMemberNotedIsNotReadByTheRulesThatAskForIt() {
		beginTransaction();
		ReadOnce.known("staff", 7, "the caller");

		String read = ReadOnce.read("staff", 7, this::readUnit);

		assertThat(read).isEqualTo("the caller");
		assertThat(reads).hasValue(0);
	}

	@Test
	void whatTheTransactionChangedIsReadAgainOnceForgotten() {
		beginTransaction();
		ReadOnce.read("materials", 7, this::readUnit);
		ReadOnce.forget("materials", 7);

		String again = ReadOnce.read("materials", 7, this::readUnit);
		ReadOnce.read("materials", 7, this::readUnit);

		assertThat(again).isEqualTo("unit 7, read 2");
		assertThat(reads).hasValue(2);
	}

	private String readUnit() {
		return "unit 7, read " + reads.incrementAndGet();
	}

	private static void beginTransaction() {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
	}

	private static void endTransaction() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
		}
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}
}
