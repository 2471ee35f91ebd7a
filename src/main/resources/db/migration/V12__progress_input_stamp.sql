-- What each stored evaluation was computed from, so an older evaluation never overwrites a fresher one:
-- the newest evidence record it saw (evidence is append-only, so a higher id means more evidence) and when
-- the evaluation started. A batch that read a student's evidence before a new score was recorded is refused.
alter table student_progress add column input_evidence_id bigint default 0 not null;
alter table student_progress add column evaluation_started_at timestamp default timestamp '1970-01-01 00:00:00' not null;
