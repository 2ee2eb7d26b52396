package org.xiaoneng.casework;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data that casework reads from other modules (a unit, a staff member) read once per transaction however
 * many rules ask for it: the calendar's deadlines each need the unit's credit code, the papers the unit's name, the
 * case page every step's worker. An API request is one transaction (docs/decisions/0029), so this is once per request.
 * Casework never changes the organisation, so nothing read here can go stale within one of its transactions; the next
 * transaction reads afresh, on whichever node. A case this transaction saved is noted too: its row stays locked by
 * the transaction, so what was saved is what a read would find (docs/decisions/0059).
 */
final class ReadOnce {

	private static final Object KEY = ReadOnce.class;

	private ReadOnce() {
	}

	/** What {@code read} answers, read at most once per transaction for this kind and id. */
	@SuppressWarnings("unchecked")
	static <T> T read(String kind, long id, Supplier<T> read) {
		Map<String, Object> known = known();
		if (known == null) {
			return read.get();
		}
		String key = kind + ":" + id;
		Object value = known.get(key);
		if (value == null) {
			value = read.get();
			known.put(key, value);
		}
		return (T) value;
	}

	/**
	 * Notes what the transaction knows already, so that no rule reads it again: the caller's own staff record, a case
	 * as this transaction saved it.
	 */
	static void known(String kind, long id, Object value) {
		Map<String, Object> known = known();
		if (known != null) {
			known.put(kind + ":" + id, value);
		}
	}

	/** Forgets what the transaction read or noted for this kind and id, once the transaction changed it. */
	static void forget(String kind, long id) {
		Map<String, Object> known = known();
		if (known != null) {
			known.remove(kind + ":" + id);
		}
	}

	/** What the transaction noted for this kind and id, or what {@code read} answers, which is not noted. */
	@SuppressWarnings("unchecked")
	static <T> T knownOr(String kind, long id, Supplier<T> read) {
		Map<String, Object> known = known();
		Object value = known == null ? null : known.get(kind + ":" + id);
		return value == null ? read.get() : (T) value;
	}

	/** This transaction's reads, or none outside a transaction. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> known() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<String, Object> known = (Map<String, Object>) TransactionSynchronizationManager.getResource(KEY);
		if (known == null) {
			Map<String, Object> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
			known = fresh;
		}
		return known;
	}
}
