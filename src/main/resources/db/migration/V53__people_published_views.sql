-- The people feature's read model for other features' lists (issue 20): other features may filter, sort and count
-- students in SQL next to their own tables through these views, never through the people tables themselves.
create view student_directory as
select s.id             as student_id,
       s.first_name     as first_name,
       s.last_name      as last_name,
       s.student_number as student_number,
       s.grade_level    as grade_level,
       sc.name          as school_name,
       ca.username      as counselor_username
  from student s
  join school sc on sc.id = s.school_id
  left join staff_member cm on cm.id = s.counselor_id
  left join user_account ca on ca.id = cm.account_id;

create view student_teacher as
select e.student_id as student_id,
       ta.username  as teacher_username
  from section_enrollment e
  join class_section cs on cs.id = e.section_id
  join staff_member t on t.id = cs.teacher_id
  join user_account ta on ta.id = t.account_id;
