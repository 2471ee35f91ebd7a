-- A student the rules in use could not evaluate (a rule that threw, a rule limit, an unknown calculation method):
-- their stored progress (student_progress, if any) is from before and stale, for the reason given. The row goes as
-- soon as an evaluation of the student succeeds again.
create table student_progress_stale (
    student_id        bigint         primary key references student (id),
    rule_set_version  varchar(80)    not null,
    reason            varchar(2000)  not null,
    failed_at         timestamp      not null
);

-- Credit awards a student holds and the rule set version that first made each (JSON, a few hundred bytes): under the
-- district's AwardPolicy KEEP an award a later version would not make stays, marked with the version that made it.
alter table student_progress add column awards varchar(100000);
