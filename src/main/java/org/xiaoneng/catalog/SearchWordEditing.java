package org.xiaoneng.catalog;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Keeping the words the public search finds items by: the catalogue editor (an administrator) adds and removes
 * synonyms for the whole region; a drafter of an item's department adds and removes the item's keywords, other names
 * and life event. Each change goes to the audit log.
 */
@Component
class SearchWordEditing {

	/** The longest word kept, as the table allows. */
	static final int LONGEST = 40;

	private final SearchWordStore store;

	private final ItemsInScope inScope;

	private final AuditLog audit;

	private final Clock clock;

	SearchWordEditing(SearchWordStore store, ItemsInScope inScope, AuditLog audit, Clock clock) {
		this.store = store;
		this.inScope = inScope;
		this.audit = audit;
		this.clock = clock;
	}

	void addSynonym(String word, String meaning, Caller caller) {
		requireEditor(caller);
		String w = checked(word, "word");
		String m = checked(meaning, "meaning");
		if (store.addSynonym(w, m, caller.name(), clock.instant())) {
			audit.record(new AuditEntry(ServiceCatalog.MODULE, "synonym.added", w, null, w + " → " + m));
		}
	}

	void removeSynonym(long id, Caller caller) {
		requireEditor(caller);
		Synonym removed = store.removeSynonym(id)
			.orElseThrow(() -> new CatalogRecordNotFoundException("synonym", id));
		audit.record(new AuditEntry(ServiceCatalog.MODULE, "synonym.removed", removed.word(),
				removed.word() + " → " + removed.meaning(), null));
	}

	void addTerm(long itemId, TermKind kind, String term, Caller caller) {
		ServiceItem item = inScope.latest(itemId, caller);
		CatalogAuthority.requireDrafter(caller, item.unitId(), item.departmentId());
		if (kind == null) {
			throw new ItemElementInvalidException("termKind");
		}
		String t = checked(term, "word");
		if (store.addTerm(itemId, kind, t, caller.name(), clock.instant())) {
			audit.record(new AuditEntry(ServiceCatalog.MODULE, "item.term.added", String.valueOf(itemId), null,
					kind + ": " + t));
		}
	}

	void removeTerm(long itemId, long termId, Caller caller) {
		ServiceItem item = inScope.latest(itemId, caller);
		CatalogAuthority.requireDrafter(caller, item.unitId(), item.departmentId());
		ItemTerm term = store.term(termId)
			.filter(t -> t.itemId() == itemId)
			.orElseThrow(() -> new CatalogRecordNotFoundException("term", termId));
		store.removeTerm(termId);
		audit.record(new AuditEntry(ServiceCatalog.MODULE, "item.term.removed", String.valueOf(itemId),
				term.kind() + ": " + term.term(), null));
	}

	private static void requireEditor(Caller caller) {
		if (!caller.hasRole("ADMIN")) {
			throw new CatalogAuthorityMissingException();
		}
	}

	private static String checked(String word, String element) {
		String w = word == null ? "" : word.strip();
		if (w.isEmpty() || w.length() > LONGEST || w.chars().anyMatch(Character::isWhitespace)) {
			throw new ItemElementInvalidException(element, LONGEST);
		}
		return w;
	}
}
