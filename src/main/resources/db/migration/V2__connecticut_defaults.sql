-- Product defaults a district edits afterwards: the four-level proficiency scale and Connecticut's
-- graduation requirements. Sources: CGS 10-221a as amended by PA 17-42 (classes of 2023 and later)
-- and PA 23-21 (personal financial management from the class of 2027). See docs/credits.md.

insert into proficiency_scale (id, name, mastery_threshold) values (1, 'Four-level proficiency scale', 3);
insert into proficiency_level (scale_id, level_value, label, description) values
  (1, 1, 'Beginning',  'Beginning to show understanding with support'),
  (1, 2, 'Developing', 'Shows partial understanding; not yet independent'),
  (1, 3, 'Proficient', 'Meets the competency independently'),
  (1, 4, 'Advanced',   'Exceeds the competency; applies it in new situations');

insert into credit_area (code, name, position) values
  ('HUMANITIES',         'Humanities (incl. civics and the arts)', 1),
  ('STEM',               'Science, technology, engineering and mathematics', 2),
  ('PE_WELLNESS',        'Physical education and wellness', 3),
  ('HEALTH_SAFETY',      'Health and safety education', 4),
  ('WORLD_LANGUAGES',    'World languages', 5),
  ('MASTERY_ASSESSMENT', 'Mastery-based diploma assessment', 6),
  ('PERSONAL_FINANCE',   'Personal financial management and financial literacy', 7),
  ('ELECTIVES',          'Electives', 8);

insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select id, 9, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: nine credits in the humanities, including civics and the arts'
  from credit_area where code = 'HUMANITIES';
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select id, 9, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: nine credits in science, technology, engineering and mathematics'
  from credit_area where code = 'STEM';
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select id, 1, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: one credit in physical education and wellness'
  from credit_area where code = 'PE_WELLNESS';
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select id, 1, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: one credit in health and safety education'
  from credit_area where code = 'HEALTH_SAFETY';
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select id, 1, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: one credit in world languages'
  from credit_area where code = 'WORLD_LANGUAGES';
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select id, 1, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: a one-credit mastery-based diploma assessment'
  from credit_area where code = 'MASTERY_ASSESSMENT';
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select id, 3, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: three elective credits (25 credits in all)'
  from credit_area where code = 'ELECTIVES';
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select id, 0.5, 2027, null, 'PA 23-21: one-half credit in personal financial management and financial literacy, from the class of 2027'
  from credit_area where code = 'PERSONAL_FINANCE';
