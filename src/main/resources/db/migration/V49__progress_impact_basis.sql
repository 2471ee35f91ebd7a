-- What a student's change is measured against when a publish, a preview or the nightly run reports its impact: the
-- competencies mastered and the support flags as the impact counts them (JSON, a few hundred bytes). Reading this
-- instead of unzipping and parsing each stored evaluation (payload) made the comparison several times cheaper; a row
-- stored before this column existed is compared from its payload as before.
alter table student_progress add column impact_basis varchar(100000);
