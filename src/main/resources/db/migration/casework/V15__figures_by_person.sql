-- One staff member's evaluation recomputed alone (≤ 200 ms, issue 16, docs/decisions/0053) reads each figure through
-- an index that leads with the person.

-- The rectifications they own as a department's head that the year's bad ratings opened, closed or not: the index of
-- open ones (rectification_head) does not hold the closed ones, so without this it reads every rectification.
CREATE INDEX rectification_head_opened ON casework.rectification (head_staff_id, opened_on);

-- The steps they completed on another's behalf (代岗, covered work): few among all steps, so a partial index; without
-- it one person's figure reads every step of every case.
CREATE INDEX case_step_on_behalf ON casework.case_step (staff_id, completed_on) WHERE on_behalf;
