package org.xiaoneng.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The six elements of a disclosure (rule 十(八) 政务公开的基本要素), each where it applies, else blank.
 *
 * @param basis 办事依据: the laws, regulations and documents it rests on
 * @param duties 办事职责: the department's powers and responsibilities
 * @param conditions 办事条件: time limits and what is required
 * @param procedure 办事程序: application, acceptance, approval
 * @param discipline 办事纪律: the rules staff keep and the sanctions for breaking them
 * @param result 办事结果: the outcome, or why it could not be done
 */
public record ItemElements(String basis, String duties, String conditions, String procedure, String discipline,
		String result) {

	/** No element applies. */
	public static ItemElements none() {
		return new ItemElements(null, null, null, null, null, null);
	}

	/** The elements in the order of rule 十(八), blanks included. */
	String[] inOrder() {
		return new String[] { basis, duties, conditions, procedure, discipline, result };
	}

	/** The elements that apply, by name ({@code disclosure.element.<name>} in the bundle), in the order of rule 十(八). */
	public Map<String, String> applying() {
		String[] names = { "basis", "duties", "conditions", "procedure", "discipline", "result" };
		String[] values = inOrder();
		Map<String, String> applying = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			if (values[i] != null && !values[i].isBlank()) {
				applying.put(names[i], values[i]);
			}
		}
		return applying;
	}
}
