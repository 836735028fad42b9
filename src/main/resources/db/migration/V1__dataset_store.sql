-- The PostgreSQL dataset store (dashboard.store=postgres): the same contract as the file store's directory.

-- One row per version, never changed once written: the file exactly as uploaded, its SHA-256, and its metadata as
-- the document the file store writes to version.json.
create table dataset_version (
    version   integer primary key check (version > 0),
    sha256    char(64) not null,
    content   bytea not null,
    metadata  jsonb not null,
    stored_at timestamptz not null default now()
);

-- What is computed once from a version and kept with it (e.g. changes.json).
create table dataset_derived (
    version integer not null references dataset_version,
    name    text not null,
    content bytea not null,
    primary key (version, name)
);

-- The active version: one row, changed in the same transaction as its audit row.
create table active_version (
    singleton boolean primary key default true check (singleton),
    version   integer not null references dataset_version
);

-- Who uploaded or activated what, when: one row per audit.jsonl line, the entry as the file store writes it.
create table audit_log (
    id      bigserial primary key,
    action  text not null,
    version integer not null,
    entry   jsonb not null
);

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never changed or removed', tg_table_name using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_append_only before update or delete or truncate on audit_log
    for each statement execute function refuse_change();

create trigger dataset_version_immutable before update or delete or truncate on dataset_version
    for each statement execute function refuse_change();
