package org.xiaoneng.common;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A copy of rarely changed data held in memory and read again after a signal on its channel ({@link NodeSignals},
 * decision 0058). What it hands out was read after the last signal, while the node listened: a copy read before a
 * signal, or while the node could not hear one, is never handed out. It keeps only what was read where nothing
 * uncommitted can be seen (no transaction, or a read-only one): a transaction that writes is handed the copy kept,
 * or, when there is none, what it reads itself; one that has signalled the channel reads its own changes.
 *
 * @param <T> what is kept; handed out to every thread as it is, so it must not change
 */
public final class SignalledCopy<T> {

	private final NodeSignals signals;

	private final String channel;

	private final Supplier<T> reader;

	private final AtomicLong signalled = new AtomicLong();

	private volatile Held<T> held;

	/** The reader reads the data from the database; it is called under no lock of the caller's. */
	public SignalledCopy(NodeSignals signals, String channel, Supplier<T> reader) {
		this.signals = signals;
		this.channel = channel;
		this.reader = reader;
		signals.listen(channel, signalled::incrementAndGet);
	}

	/** The data as committed, from memory while no signal came since it was read. */
	public T get() {
		if (!signals.listening() || signals.sentInThisTransaction(channel)) {
			return reader.get();
		}
		long at = signalled.get();
		Held<T> kept = held;
		if (kept != null && kept.at() == at) {
			return kept.value();
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return reader.get();
		}
		synchronized (this) {
			kept = held;
			at = signalled.get();
			if (kept != null && kept.at() == at) {
				return kept.value();
			}
			// read after the count: a signal during the read leaves this copy behind the count, read again next time
			T value = reader.get();
			held = new Held<>(at, value);
			return value;
		}
	}

	/** The data changes in the running transaction: every node reads it again once it commits. */
	public void changed() {
		signals.send(channel);
	}

	private record Held<T>(long at, T value) {
	}
}
