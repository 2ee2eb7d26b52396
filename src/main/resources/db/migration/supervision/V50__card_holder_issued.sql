-- One staff member's evaluation recomputed alone (≤ 200 ms, issue 16, docs/decisions/0056) counts the yellow and red
-- cards issued to them in the year. card_holder leads with the holder but orders by raised_at, which is not the same
-- fact: a card raised in one year may be issued (after review) in the next, and the figure counts the year it was
-- issued in, so the figure read all of a person's cards of every year. This index leads with the holder and the day
-- of issue and carries what the figure reads; only issued yellow and red cards enter it, so the deadline sweep's
-- warnings (预警) do not write it. card_holder stays: a holder's card list is ordered by raised_at.
CREATE INDEX card_holder_issued ON supervision.card (holder_staff_id, issued_at)
    INCLUDE (department_id, colour, state)
    WHERE colour IN ('YELLOW', 'RED') AND issued_at IS NOT NULL;
