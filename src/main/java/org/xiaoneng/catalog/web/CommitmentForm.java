package org.xiaoneng.catalog.web;

import java.util.ArrayList;
import java.util.List;

import org.xiaoneng.catalog.CommitmentDraft;
import org.xiaoneng.catalog.CommitmentMetric;
import org.xiaoneng.catalog.Promise;
import org.xiaoneng.catalog.PromiseCategory;
import org.xiaoneng.catalog.ServiceCommitment;

/** The commitment editor's form: the preamble and the promises as repeatable rows. */
class CommitmentForm {

	public String preamble = "";

	public List<PromiseRow> promises = new ArrayList<>();

	/** A promise row; a blank text drops it. */
	public static class PromiseRow {

		public PromiseCategory category = PromiseCategory.SERVICE_QUALITY;

		public String text = "";

		public CommitmentMetric metric;
	}

	static CommitmentForm of(ServiceCommitment commitment) {
		CommitmentForm form = new CommitmentForm();
		form.preamble = commitment.preamble();
		for (Promise promise : commitment.promises()) {
			PromiseRow row = new PromiseRow();
			row.category = promise.category();
			row.text = promise.text();
			row.metric = promise.metric();
			form.promises.add(row);
		}
		return form;
	}

	CommitmentForm withBlankRows() {
		promises.removeIf(row -> row == null || row.text == null || row.text.isBlank());
		for (int i = 0; i < ItemForm.BLANK_ROWS; i++) {
			promises.add(new PromiseRow());
		}
		return this;
	}

	CommitmentDraft draft() {
		promises.removeIf(row -> row == null || row.text == null || row.text.isBlank());
		return new CommitmentDraft(preamble,
				promises.stream().map(row -> new Promise(0, row.category, row.text, row.metric)).toList());
	}
}
