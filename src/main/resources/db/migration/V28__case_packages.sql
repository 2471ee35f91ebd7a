-- CASE 1.1 packages in and out (issue 15).

-- A state standard replaced by the State Board is retired, never deleted: alignments recorded with it stay readable.
alter table state_standard add column retired boolean default false not null;

-- Which CASE document (CFDocument identifier) each imported framework item came from, so a re-import of that
-- document retires only its own items that are no longer listed. Items without a row belong to the district's own
-- framework document.
create table case_item_source (
    case_identifier      varchar(36) primary key,
    document_identifier  varchar(36) not null
);

-- When each exported CASE record last changed: the export compares a hash of the record's content with the one
-- stored here, so lastChangeDateTime stays the same from export to export until the record itself changes.
create table case_change_stamp (
    case_identifier  varchar(36) primary key,
    content_hash     varchar(64) not null,
    changed_at       timestamp   not null
);

-- An uploaded package waiting for its mapping, dry run and import: the import applies exactly what was previewed
-- (the same bytes, the same mapping, checked by hash) and only for the administrator who previewed it.
create table case_import_preview (
    token         varchar(36)   primary key,
    actor         varchar(80)   not null,
    file_name     varchar(200)  not null,
    created_at    timestamp     not null,
    package_json  varchar(1000000) not null,
    mapping       varchar(4000),
    content_hash  varchar(64),
    summary       varchar(2000)
);
