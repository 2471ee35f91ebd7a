-- What the rules last concluded about each student: summary columns for lists (caseload, class),
-- and the full explained evaluation (gzipped JSON) for the student's own pages and the API.
create table student_progress (
    student_id        bigint        primary key references student (id),
    rule_set_version  varchar(80)   not null,
    evaluated_at      timestamp     not null,
    audit_status      varchar(20),
    credits_earned    numeric(6, 2) not null,
    credits_required  numeric(6, 2) not null,
    mastered_count    integer       not null,
    intervention_count integer      not null,
    accelerate        boolean       not null,
    payload           bytea         not null
);
create index student_progress_status on student_progress (audit_status);
