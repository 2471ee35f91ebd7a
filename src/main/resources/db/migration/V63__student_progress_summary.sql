-- The summary of each student's stored evaluation, apart from its payload (issue 20): counts, sorts, filters and the
-- status chart of the staff lists read these small rows and never the student_progress rows that carry the gzipped
-- evaluation (kilobytes each; H2 keeps them in the row, so counting a caseload read every payload). ProgressStore
-- writes it in the transaction that stores the evaluation, copied from the stored row, so the two cannot disagree;
-- it goes with the stored evaluation (on delete cascade).
create table student_progress_summary (
    student_id         bigint        primary key references student_progress (student_id) on delete cascade,
    rule_set_version   varchar(80)   not null,
    evaluated_at       timestamp     not null,
    audit_status       varchar(20),
    credits_earned     numeric(6, 2) not null,
    credits_required   numeric(6, 2) not null,
    credits_expected   numeric(6, 2),
    mastered_count     integer       not null,
    intervention_count integer       not null,
    accelerate         boolean       not null
);

insert into student_progress_summary (student_id, rule_set_version, evaluated_at, audit_status, credits_earned,
                                      credits_required, credits_expected, mastered_count, intervention_count, accelerate)
select student_id, rule_set_version, evaluated_at, audit_status, credits_earned, credits_required, credits_expected,
       mastered_count, intervention_count, accelerate
  from student_progress;
