package org.xiaoneng.catalog;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The columns of a draft as named parameters, lists as JSON. */
record DraftParameters(ItemDraft draft, JsonMapper json) {

	Map<String, Object> map() {
		Map<String, Object> values = new HashMap<>();
		values.put("name", draft.name());
		values.put("basicCode", draft.basicCode());
		values.put("code", draft.implementationCode());
		values.put("type", draft.type().name());
		values.put("unit", draft.unitId());
		values.put("department", draft.departmentId());
		values.put("posts", json.writeValueAsString(draft.responsiblePostIds()));
		values.put("legal", json.writeValueAsString(draft.legalBasis()));
		values.put("conditions", draft.conditions());
		values.put("sNumber", draft.statutoryLimit().number());
		values.put("sUnit", draft.statutoryLimit().unit().name());
		values.put("sExplanation", draft.statutoryLimit().explanation());
		values.put("pNumber", draft.promisedLimit().number());
		values.put("pUnit", draft.promisedLimit().unit().name());
		values.put("pExplanation", draft.promisedLimit().explanation());
		values.put("caseKind", draft.caseKind().name());
		values.put("steps", json.writeValueAsString(draft.steps()));
		values.put("special", json.writeValueAsString(draft.specialProcedures()));
		values.put("materials", json.writeValueAsString(draft.materials()));
		values.put("fees", json.writeValueAsString(draft.fees()));
		values.put("place", draft.place());
		values.put("hours", draft.hours());
		values.put("consultation", draft.consultationPhone());
		values.put("supervision", draft.supervisionPhone());
		values.put("visits", draft.maxVisits());
		values.put("online", draft.online());
		values.put("refusal", draft.refusalAuthority().name());
		values.put("extension", draft.maxExtensionWorkingDays());
		values.put("extensionBasis", draft.extensionBasis());
		values.put("discipline", draft.discipline());
		values.put("faq", json.writeValueAsString(draft.faq()));
		return values;
	}
}
