-- One staff member's evaluation recomputed alone (≤ 200 ms over 10,000,000 cases, issue 16, docs/decisions/0056):
-- their one-time notices reached the year through correction_notice_first_issuer, then read each notice's row for its
-- case and each case file (the widest table) for its department and its deemed acceptance. The case's department and
-- deemed acceptance may change after the first notice (acceptance comes later), so they are not copied onto the
-- notice; instead both reads become index-only: the issuer's first notices of the year carry their case, and a narrow
-- index on the case file carries the two columns the figure reads (the second round's notice is found by the key).
CREATE INDEX correction_notice_first_issuer_case ON casework.correction_notice (issued_by_staff_id, issued_on)
    INCLUDE (case_id) WHERE round = 1;
DROP INDEX casework.correction_notice_first_issuer;

CREATE INDEX case_file_notice_figures ON casework.case_file (id) INCLUDE (department_id, deemed_accepted);
