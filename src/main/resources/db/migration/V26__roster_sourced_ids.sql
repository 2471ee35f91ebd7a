-- The identifiers the district's student information system gives its records (OneRoster sourcedId): rosters are
-- imported and re-imported by them, and gradebook evidence names its students by them. Records made in the product
-- itself (or by the demo generator) have none.
alter table school add column sourced_id varchar(255);
alter table student add column sourced_id varchar(255);
alter table staff_member add column sourced_id varchar(255);
alter table guardian add column sourced_id varchar(255);
alter table class_section add column sourced_id varchar(255);
create unique index school_sourced_id on school (sourced_id);
create unique index student_sourced_id on student (sourced_id);
create unique index staff_member_sourced_id on staff_member (sourced_id);
create unique index guardian_sourced_id on guardian (sourced_id);
create unique index class_section_sourced_id on class_section (sourced_id);
