package org.xiaoneng.catalog.web;

import static org.xiaoneng.common.PageActions.attempt;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.TermKind;

/**
 * The words the public search finds items by: the catalogue editor's synonyms (an administrator's page), and an
 * item's keywords, other names and life event, kept from the item's staff page by the drafters of its department.
 */
@Controller
@RequestMapping("/catalog")
class SearchWordPages {

	private final ServiceCatalog catalog;

	SearchWordPages(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/synonyms")
	@PreAuthorize("hasRole('ADMIN')")
	String synonyms(Model model) {
		model.addAttribute("synonyms", catalog.synonyms());
		return "catalog/synonyms";
	}

	@PostMapping("/synonyms")
	@PreAuthorize("hasRole('ADMIN')")
	String addSynonym(@RequestParam(required = false) String word, @RequestParam(required = false) String meaning,
			RedirectAttributes redirect) {
		return attempt(redirect, "/catalog/synonyms", () -> catalog.addSynonym(word, meaning));
	}

	@PostMapping("/synonyms/{id}/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String removeSynonym(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, "/catalog/synonyms", () -> catalog.removeSynonym(id));
	}

	@PostMapping("/items/{id}/terms")
	@PreAuthorize("hasAnyRole('HANDLER', 'DEPT_HEAD', 'LEADER', 'ADMIN')")
	String addTerm(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) TermKind kind,
			@RequestParam(required = false) String term, RedirectAttributes redirect) {
		return attempt(redirect, itemPage(id, version), () -> catalog.addSearchTerm(id, kind, term));
	}

	@PostMapping("/items/{id}/terms/{termId}/remove")
	@PreAuthorize("hasAnyRole('HANDLER', 'DEPT_HEAD', 'LEADER', 'ADMIN')")
	String removeTerm(@PathVariable long id, @PathVariable long termId, @RequestParam int version,
			RedirectAttributes redirect) {
		return attempt(redirect, itemPage(id, version), () -> catalog.removeSearchTerm(id, termId));
	}

	private static String itemPage(long id, int version) {
		return "/catalog/items/" + id + "/versions/" + version + "#item-terms";
	}
}
