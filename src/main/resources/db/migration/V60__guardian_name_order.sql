-- The people page lists guardians by name a page at a time (issue 20): with this index the database reads the page's
-- 50 rows in order instead of sorting every guardian of the district (50,000 in a 50,000-student district) per page.
create index guardian_name_order on guardian (last_name, first_name, id);
