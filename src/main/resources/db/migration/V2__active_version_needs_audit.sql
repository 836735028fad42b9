-- The active version changes only together with its audit row: every instance serves what active_version names, so
-- a bare "update active_version set version = <a draft>" would publish a draft everywhere, unrecorded. Checked at
-- commit (the store sets the pointer before appending the row): the newest 'activate' row must name the new version.
create function refuse_unaudited_activation() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from audit_log
                   where id = (select max(id) from audit_log where action = 'activate')
                     and version = new.version) then
        raise exception 'active_version may only be set to % together with an activate row in audit_log', new.version
            using errcode = 'insufficient_privilege';
    end if;
    return null;
end
$$;

create constraint trigger active_version_audited after insert or update on active_version
    deferrable initially deferred
    for each row execute function refuse_unaudited_activation();

create trigger active_version_kept before delete or truncate on active_version
    for each statement execute function refuse_change();
