-- Connecticut's graduation requirements as the law now reads (docs/credits.md):
-- CGS 10-221a(c) as amended by PA 17-42: at least 25 credits, including 9 in the humanities "including civics and
-- the arts"; PA 23-21: 0.5 credit of personal financial management from the class of 2027, counted within the
-- humanities or as an elective (the total stays 25), and the mastery-based diploma assessment a local option.
-- An area may now be included in another: its credits count toward both, and its requirement is met within the
-- other's. A requirement may be marked as a district option.

alter table credit_area add column part_of_area_id bigint references credit_area (id);
alter table graduation_requirement add column local_option boolean default false not null;

update credit_area set name = 'Humanities'
 where code = 'HUMANITIES' and name = 'Humanities (incl. civics and the arts)';

insert into credit_area (code, name, position)
select 'CIVICS', 'Civics', 1 from credit_area h
 where h.code = 'HUMANITIES' and not exists (select 1 from credit_area c where c.code = 'CIVICS');
insert into credit_area (code, name, position)
select 'ARTS', 'The arts', 2 from credit_area h
 where h.code = 'HUMANITIES' and not exists (select 1 from credit_area c where c.code = 'ARTS');

update credit_area set part_of_area_id = (select h.id from credit_area h where h.code = 'HUMANITIES')
 where code in ('CIVICS', 'ARTS', 'PERSONAL_FINANCE')
   and exists (select 1 from credit_area h where h.code = 'HUMANITIES');

-- The amounts within the humanities are the district's choice (the law names civics and the arts, not credits).
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select a.id, 0.5, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: the humanities include civics; 0.5 credit is this district''s choice'
  from credit_area a where a.code = 'CIVICS'
   and not exists (select 1 from graduation_requirement r where r.credit_area_id = a.id);
insert into graduation_requirement (credit_area_id, credits, first_class_year, last_class_year, source)
select a.id, 1, 2023, null, 'CGS 10-221a(c) as amended by PA 17-42: the humanities include the arts; 1 credit is this district''s choice'
  from credit_area a where a.code = 'ARTS'
   and not exists (select 1 from graduation_requirement r where r.credit_area_id = a.id);

update graduation_requirement set source = 'PA 23-21: one-half credit in personal financial management and financial literacy from the class of 2027, counted within the humanities (the law allows an elective instead; this district''s choice)'
 where source = 'PA 23-21: one-half credit in personal financial management and financial literacy, from the class of 2027';
update graduation_requirement set local_option = true,
       source = 'CGS 10-221a(c) as amended by PA 17-42: a one-credit mastery-based diploma assessment; a local option since PA 23-21, kept by this district'
 where source = 'CGS 10-221a(c) as amended by PA 17-42: a one-credit mastery-based diploma assessment';
update graduation_requirement set source = 'What remains of the 25 credits of CGS 10-221a(c) after the named areas: electives'
 where source = 'CGS 10-221a(c) as amended by PA 17-42: three elective credits (25 credits in all)';

-- The demo district's civics and arts courses move into the new areas (a district's own bundles are left alone).
update credit_bundle set credit_area_id = (select id from credit_area where code = 'CIVICS')
 where code = 'CIVICS' and name = 'Civics'
   and credit_area_id = (select id from credit_area where code = 'HUMANITIES');
update credit_bundle set credit_area_id = (select id from credit_area where code = 'ARTS')
 where code in ('ART1', 'ART2', 'ART3') and name in ('Studio Art I', 'Performance and Critique', 'Art and Society')
   and credit_area_id = (select id from credit_area where code = 'HUMANITIES');
