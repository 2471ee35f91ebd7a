-- Rules say what they conclude as a message key and arguments, rendered in the reader's language; the English text
-- stays for the API. Rows kept before this have only the English text, shown as it is.
alter table pathway_eligibility_problem add column reason_key varchar(200);
alter table pathway_eligibility_problem add column reason_args varchar(4000);
alter table pathway_event add column comment_key varchar(200);
alter table pathway_event add column comment_args varchar(4000);
