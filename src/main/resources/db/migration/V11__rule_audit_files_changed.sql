-- The audit log says which rule files a publish or rollback added, changed or removed.
alter table rule_audit add column files_changed varchar(2000);
