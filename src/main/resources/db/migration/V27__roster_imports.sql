-- A roster import never deletes a person or a class: what the district's roster no longer lists (or marks
-- tobedeleted) is retired, with all its evidence kept. A retired person's account is disabled; a retired student
-- leaves their classes and their counselor's caseload; a retired class loses its enrolments.
alter table school add column retired_at timestamp;
alter table student add column retired_at timestamp;
alter table staff_member add column retired_at timestamp;
alter table guardian add column retired_at timestamp;
alter table class_section add column retired_at timestamp;

-- One-time set-password links an administrator issues for an imported account (until the district's own sign-in
-- is set up). Only the SHA-256 of the token is kept: the link itself is shown once, to the administrator.
create table password_link (
    token_hash  varchar(64)  not null primary key,
    account_id  bigint       not null references user_account (id),
    issued_by   varchar(80)  not null,
    issued_at   timestamp    not null,
    expires_at  timestamp    not null,
    used_at     timestamp
);
create index password_link_account on password_link (account_id);
