-- Scheduled work runs once per cluster: the instance that takes a schedule's row (ShedLock) runs it, the others skip it.
-- lock_until: until when the schedule is taken; locked_by: the instance (host name).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
