-- The credits a student is expected to hold by now (the audit's pace for their grade), for the counselor's
-- caseload: earned against expected, not only against the 25 required. Filled by the next evaluation.
alter table student_progress add column credits_expected numeric(6, 2);
