-- The people search finds people by the beginning of their names (issue 20): each student, guardian and staff member
-- keeps their first and last names (and e-mail) normalized for searching (lower case, no accents: NameSearch.key in
-- Java, the one home of that rule; the application writes them with the names, V62 fills them in for the people
-- already here), and B-tree indexes find a prefix of them without reading every person of the district.
alter table student add column search_first varchar(80);
alter table student add column search_last varchar(80);
create index student_search_first on student (search_first);
create index student_search_last on student (search_last);

alter table guardian add column search_first varchar(80);
alter table guardian add column search_last varchar(80);
alter table guardian add column search_email varchar(160);
create index guardian_search_first on guardian (search_first);
create index guardian_search_last on guardian (search_last);
create index guardian_search_email on guardian (search_email);

alter table staff_member add column search_first varchar(80);
alter table staff_member add column search_last varchar(80);
alter table staff_member add column search_email varchar(160);
create index staff_member_search_first on staff_member (search_first);
create index staff_member_search_last on staff_member (search_last);
create index staff_member_search_email on staff_member (search_email);

-- The caseload and class lists filter by the same words: the published view gains the keys at its end, so the
-- statement runs unchanged on H2 and PostgreSQL.
create or replace view student_directory as
select s.id             as student_id,
       s.first_name     as first_name,
       s.last_name      as last_name,
       s.student_number as student_number,
       s.grade_level    as grade_level,
       sc.name          as school_name,
       ca.username      as counselor_username,
       s.counselor_id   as counselor_id,
       s.search_first   as search_first,
       s.search_last    as search_last
  from student s
  join school sc on sc.id = s.school_id
  left join staff_member cm on cm.id = s.counselor_id
  left join user_account ca on ca.id = cm.account_id;
