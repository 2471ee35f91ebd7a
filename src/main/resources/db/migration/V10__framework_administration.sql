-- Administrators look after the framework and the credit rules (docs/framework.md).
-- The proficiency scale and its levels get stable external identifiers like every other framework item
-- (name-based UUIDs, the same ones the application derives: CaseIdentifier.of("proficiency-level", "3")).
-- A graduation requirement can be retired like the other credit rules; nothing evidence points to is deleted.

alter table proficiency_scale add column case_identifier varchar(36);
alter table proficiency_level add column case_identifier varchar(36);
alter table graduation_requirement add column retired boolean default false not null;

update proficiency_scale set case_identifier = '07424514-d797-3c41-8bb0-c51fd77f7f57' where id = 1;
update proficiency_level set case_identifier = 'e3e62909-4c65-3fe6-8ee1-dc337c1f3e35' where scale_id = 1 and level_value = 1;
update proficiency_level set case_identifier = 'b5942e10-8ce0-325f-9285-d17c45801e80' where scale_id = 1 and level_value = 2;
update proficiency_level set case_identifier = '5774017e-f7b6-3185-9178-3902703c2d3d' where scale_id = 1 and level_value = 3;
update proficiency_level set case_identifier = 'ba59ed45-66f4-3ddd-9f9f-0d1874c2067d' where scale_id = 1 and level_value = 4;
