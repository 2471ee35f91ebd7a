-- How the student gets to an off-campus pathway (and back), with an optional note; the guardian consents to it.
-- Proposals made before this are left without it: their pages say it was not stated.
alter table pathway_proposal add column transport varchar(30);
alter table pathway_proposal add column transport_note varchar(500);
alter table pathway_proposal_version add column transport varchar(30);
alter table pathway_proposal_version add column transport_note varchar(500);
