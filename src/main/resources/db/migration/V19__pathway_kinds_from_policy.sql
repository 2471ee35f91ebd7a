-- Kinds of pathway are data of the district policy (policy.json, edited on the policy form), not a fixed list:
-- an administrator may add one. The shipped codes stay as they are; a code is at most 40 characters.
alter table pathway_proposal drop constraint pathway_type;
alter table pathway_proposal alter column pathway_type set data type varchar(40);
alter table pathway_proposal_version alter column pathway_type set data type varchar(40);
