-- Caseload lists ask for a counselor's students by the counselor's staff id (issue 20): the database finds them through
-- the index on student (counselor_id); by username it compared every student of the district (a scan per count and
-- page). The published view gains the column at its end, so the statement runs unchanged on H2 and PostgreSQL.
create or replace view student_directory as
select s.id             as student_id,
       s.first_name     as first_name,
       s.last_name      as last_name,
       s.student_number as student_number,
       s.grade_level    as grade_level,
       sc.name          as school_name,
       ca.username      as counselor_username,
       s.counselor_id   as counselor_id
  from student s
  join school sc on sc.id = s.school_id
  left join staff_member cm on cm.id = s.counselor_id
  left join user_account ca on ca.id = cm.account_id;
