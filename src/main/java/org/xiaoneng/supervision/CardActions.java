package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * What people do with cards, for pages and the API: the holder feeds back (整改反馈) and appeals (申诉); supervisors
 * review pending cards, close answered ones, decide appeals and press (督办) cards and cases. Each use case checks
 * the caller at its entry and holds its own transaction.
 */
@Service
public class CardActions {

	private final CardQueries queries;

	private final Appeals appeals;

	private final Rectifying answering;

	private final Appealing appealing;

	private final CardReview reviewing;

	private final Pressing pressing;

	CardActions(CardQueries queries, Appeals appeals, Rectifying answering, Appealing appealing, CardReview reviewing,
			Pressing pressing) {
		this.queries = queries;
		this.appeals = appeals;
		this.answering = answering;
		this.appealing = appealing;
		this.reviewing = reviewing;
		this.pressing = pressing;
	}

	/** 整改反馈: the holder's rectification report, by the feedback deadline. */
	public CardView answer(long cardId, String report) {
		return queries.view(answering.answer(cardId, report));
	}

	/** 申诉: the holder appeals within the appeal period, with reasons. */
	public AppealView appeal(long cardId, String reasons) {
		long id = appealing.appeal(cardId, reasons);
		return appeals.ofCard(cardId).stream().filter(appeal -> appeal.id() == id).map(queries::view).findFirst()
			.orElseThrow();
	}

	/** A supervisor revokes, upholds or escalates the card appealed, with a written reason. */
	public CardView decideAppeal(long appealId, AppealDecision decision, String reason) {
		return queries.view(appealing.decide(appealId, decision, reason));
	}

	/** A supervisor issues a pending card after review. */
	public CardView issue(long cardId) {
		return queries.view(reviewing.issue(cardId));
	}

	/** A supervisor cancels a pending card whose cause did not hold up. */
	public CardView cancel(long cardId) {
		return queries.view(reviewing.cancel(cardId));
	}

	/** A supervisor accepts the feedback and closes the card. */
	public CardView close(long cardId) {
		return queries.view(reviewing.close(cardId));
	}

	/** 督办 a card with a written instruction and a deadline. */
	public PressView pressCard(long cardId, String instruction, LocalDate dueOn) {
		return pressing.pressCard(cardId, instruction, dueOn);
	}

	/** 督办 a case with a written instruction and a deadline. */
	public PressView pressCase(long caseId, String instruction, LocalDate dueOn) {
		return pressing.pressCase(caseId, instruction, dueOn);
	}
}
