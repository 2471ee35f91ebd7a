-- The support flags people were already told about (one row per student and flag), so the daily check tells of a
-- flag once, when it is raised, and again only after it was lowered and raised anew.
create table notified_support_flag (
    student_id  bigint       not null,
    flag        varchar(30)  not null,
    primary key (student_id, flag)
);
