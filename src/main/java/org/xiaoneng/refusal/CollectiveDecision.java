package org.xiaoneng.refusal;

import java.time.LocalDate;

/**
 * The collective decision (集体研究) on a major matter.
 *
 * @param decision agreed or disagreed
 * @param instruction the instruction when disagreed (what to do with the case), else an opinion or empty
 * @param participants who took part
 * @param decidedOn the day of the meeting
 */
public record CollectiveDecision(Decision decision, String instruction, String participants, LocalDate decidedOn) {
}
