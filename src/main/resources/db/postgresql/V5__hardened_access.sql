-- Hearth schema, version 5 on a team server (PostgreSQL): the access rules of version 4 hardened as PostgreSQL's own
-- guidance says (decision 0017, docs/team-server.md). The embedded database has none of this; its version 5 is empty.
--
-- 1. Nobody but the administrator creates in schema public. PostgreSQL 13 and 14 let every role do so by default;
--    a worker could then plant an operator or a function there that the access rules pick up.
-- 2. Every function that sees through the rules (SECURITY DEFINER) runs with search_path = pg_catalog, pg_temp:
--    no schema a worker may create in is searched, and every Hearth table is named public.<table>. Operators are
--    written operator(pg_catalog.=) as well, so that not even the migration's own search path can bind them.
-- 3. The helpers that map any row to its case (hearth_case_of) or look into every history table
--    (hearth_revision_is_empty) are not callable by workers: only the triggers and functions below use them.
-- 4. History (every *_aud table and the revision table) is append-only for workers: INSERT only, by privilege and
--    by policy, and a past version may only name a revision its own worker made. Erasure deletes history through
--    hearth_erase_history, hearth_unpoint_history and hearth_drop_empty_revisions, which let only the case's owner
--    or a team lead erase.

-- 1. Schema public: the administrator's alone.
revoke create on schema public from public;

do $$
declare
    planted integer;
begin
    if pg_catalog.has_schema_privilege('public', 'public', 'CREATE')
            or pg_catalog.has_schema_privilege('hearth_worker', 'public', 'CREATE') then
        raise exception 'Every role may still create in schema public: as the PostgreSQL superuser, run'
            ' "revoke create on schema public from public;" in this database, then hearth server-migrate again'
            ' (docs/team-server.md)';
    end if;
    -- made by a worker's role: not by the administrator running this, nor by a superuser (extensions)
    select (select pg_catalog.count(*) from pg_catalog.pg_proc o join pg_catalog.pg_roles r on r.oid operator(pg_catalog.=) o.proowner
                where o.pronamespace operator(pg_catalog.=) 'public'::pg_catalog.regnamespace and r.rolname operator(pg_catalog.<>) current_user
                and not r.rolsuper and pg_catalog.pg_has_role(r.oid, 'hearth_worker', 'USAGE'))
         + (select pg_catalog.count(*) from pg_catalog.pg_operator o join pg_catalog.pg_roles r on r.oid operator(pg_catalog.=) o.oprowner
                where o.oprnamespace operator(pg_catalog.=) 'public'::pg_catalog.regnamespace and r.rolname operator(pg_catalog.<>) current_user
                and not r.rolsuper and pg_catalog.pg_has_role(r.oid, 'hearth_worker', 'USAGE'))
         + (select pg_catalog.count(*) from pg_catalog.pg_class o join pg_catalog.pg_roles r on r.oid operator(pg_catalog.=) o.relowner
                where o.relnamespace operator(pg_catalog.=) 'public'::pg_catalog.regnamespace and r.rolname operator(pg_catalog.<>) current_user
                and not r.rolsuper and pg_catalog.pg_has_role(r.oid, 'hearth_worker', 'USAGE'))
         + (select pg_catalog.count(*) from pg_catalog.pg_type o join pg_catalog.pg_roles r on r.oid operator(pg_catalog.=) o.typowner
                where o.typnamespace operator(pg_catalog.=) 'public'::pg_catalog.regnamespace and r.rolname operator(pg_catalog.<>) current_user
                and not r.rolsuper and pg_catalog.pg_has_role(r.oid, 'hearth_worker', 'USAGE'))
        into planted;
    if planted operator(pg_catalog.>) 0 then
        raise exception 'Schema public holds % object(s) that a worker made (functions, operators, tables or types):'
            ' as the PostgreSQL superuser, look at them and drop them (for example "drop owned by <worker>;" in this'
            ' database), then hearth server-migrate again (docs/team-server.md)', planted;
    end if;
end
$$;

-- 2. The functions that see through the rules, with a pinned search path and qualified names.

create or replace function public.hearth_case_of(parent_table text, parent_id bigint) returns bigint
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $$
declare
    found bigint;
begin
    if parent_id is null then
        return null;
    end if;
    if parent_table operator(pg_catalog.=) 'family' then
        return parent_id;
    elsif parent_table operator(pg_catalog.=) 'person' then
        select case_id into found from public.person where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.person_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'network_member' then
        select case_id into found from public.network_member where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.network_member_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'contact_link' then
        select case_id into found from public.contact_link where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.contact_link_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'check_in' then
        select case_id into found from public.check_in where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.check_in_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'handout_record' then
        select case_id into found from public.handout_record where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.handout_record_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'safety_plan' then
        select case_id into found from public.safety_plan where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.safety_plan_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'home_agreement' then
        select case_id into found from public.home_agreement where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.home_agreement_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'signal' then
        select case_id into found from public.signal where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.signal_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'risk_factor' then
        select case_id into found from public.risk_factor where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.risk_factor_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'warning_sign' then
        select case_id into found from public.warning_sign where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.warning_sign_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'safe_place' then
        select case_id into found from public.safe_place where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.safe_place_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'emergency_contact' then
        select case_id into found from public.emergency_contact where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.emergency_contact_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'check_in_agreement' then
        select case_id into found from public.check_in_agreement where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.check_in_agreement_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'buddy_pair' then
        select case_id into found from public.buddy_pair where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.buddy_pair_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'plan_review' then
        select case_id into found from public.plan_review where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.plan_review_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'activity_agreement' then
        select case_id into found from public.activity_agreement where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.activity_agreement_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'private_time' then
        select case_id into found from public.private_time where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.private_time_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'respect_rule' then
        select case_id into found from public.respect_rule where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.respect_rule_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'room' then
        select case_id into found from public.room where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.room_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'time_out_rule' then
        select case_id into found from public.time_out_rule where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.time_out_rule_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'time_out_use' then
        select case_id into found from public.time_out_use where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.time_out_use_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'signal_response' then
        select case_id into found from public.signal_response where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.signal_response_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'safety_score' then
        select case_id into found from public.safety_score where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.safety_score_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    elsif parent_table operator(pg_catalog.=) 'time_out_place' then
        select case_id into found from public.time_out_place where id operator(pg_catalog.=) parent_id;
        if found is null then
            select case_id into found from public.time_out_place_aud where id operator(pg_catalog.=) parent_id and case_id is not null
                order by rev desc limit 1;
        end if;
    else
        raise exception 'hearth_case_of: % is not a table of a case', parent_table;
    end if;
    return found;
end
$$;

create or replace function public.hearth_is_lead() returns boolean
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select pg_catalog.pg_has_role(session_user, 'hearth_lead', 'member')
$$;

-- Whether the signed-in worker may see a case: their own, shared with them, or any case for a team lead.
create or replace function public.hearth_may_see(case_id bigint) returns boolean
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select case_id is not null and (
        pg_catalog.pg_has_role(session_user, 'hearth_lead', 'member')
        or exists (select 1 from public.family f where f.id operator(pg_catalog.=) case_id and f.owner_worker operator(pg_catalog.=) session_user)
        or exists (select 1 from public.case_share s where s.family_id operator(pg_catalog.=) case_id and s.worker operator(pg_catalog.=) session_user))
$$;

-- Whether the signed-in worker may share a case (or stop sharing it), or erase it: its owner, or a team lead.
create or replace function public.hearth_may_share(case_id bigint) returns boolean
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select pg_catalog.pg_has_role(session_user, 'hearth_lead', 'member')
        or exists (select 1 from public.family f where f.id operator(pg_catalog.=) case_id and f.owner_worker operator(pg_catalog.=) session_user)
$$;

-- A revision may be deleted (erasing leaves no empty revisions) only when no past version of any case uses it.
create or replace function public.hearth_revision_is_empty(revision_id bigint) returns boolean
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select not exists (select 1 from public.activity_agreement_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.activity_day_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.buddy_pair_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.check_in_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.check_in_agreement_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.contact_link_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.emergency_contact_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.family_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.handout_record_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.home_agreement_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.network_member_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.network_member_channel_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.network_member_role_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.person_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.plan_review_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.private_time_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.private_time_day_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.respect_rule_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.risk_factor_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.room_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.safe_place_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.safe_place_confidential_from_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.safe_place_thing_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.safety_plan_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.safety_score_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.signal_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.signal_channel_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.signal_confidential_from_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.signal_response_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.signal_sender_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.time_out_place_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.time_out_rule_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.time_out_use_aud a where a.rev operator(pg_catalog.=) revision_id)
        and not exists (select 1 from public.warning_sign_aud a where a.rev operator(pg_catalog.=) revision_id)
$$;

-- Whether a past version names a revision of the worker who writes it: nobody writes history in another's name.
create function public.hearth_revision_is_mine(revision_id bigint) returns boolean
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select exists (select 1 from public.revision r where r.id operator(pg_catalog.=) revision_id and r.worker operator(pg_catalog.=) session_user)
$$;

-- The triggers run as the administrator too, so that workers need not call hearth_case_of themselves.
create or replace function public.hearth_stamp_case() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    NEW.case_id := public.hearth_case_of(TG_ARGV[0], (pg_catalog.to_jsonb(NEW) operator(pg_catalog.->>) TG_ARGV[1])::pg_catalog.int8);
    return NEW;
end
$$;

create or replace function public.hearth_stamp_history_case() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    NEW.case_id := coalesce(
        public.hearth_case_of(TG_ARGV[0], (pg_catalog.to_jsonb(NEW) operator(pg_catalog.->>) TG_ARGV[1])::pg_catalog.int8),
        case when TG_ARGV[2] operator(pg_catalog.<>) '' then
            public.hearth_case_of(TG_ARGV[2], (pg_catalog.to_jsonb(NEW) operator(pg_catalog.->>) 'id')::pg_catalog.int8) end);
    return NEW;
end
$$;

create or replace function public.hearth_stamp_owner() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    if TG_OP operator(pg_catalog.=) 'INSERT' or not public.hearth_is_lead() then
        NEW.owner_worker := case when TG_OP operator(pg_catalog.=) 'INSERT' then session_user else OLD.owner_worker end;
    end if;
    return NEW;
end
$$;

create or replace function public.hearth_stamp_worker() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    NEW.worker := session_user;
    return NEW;
end
$$;

create or replace function public.hearth_stamp_sharer() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    NEW.shared_by := session_user;
    return NEW;
end
$$;

-- Erasure on the server: the past versions of what is erased, the pointers at an erased person in past versions,
-- and the revisions left empty. Only the case's owner or a team lead may erase; rows the caller cannot see stay,
-- as before. Table and column names are checked against the history tables before they are used.
create function public.hearth_history_column(history_table text, history_column text) returns boolean
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select history_table operator(pg_catalog.=) any (array['activity_agreement', 'activity_day', 'buddy_pair', 'check_in', 'check_in_agreement', 'contact_link', 'emergency_contact', 'family', 'handout_record', 'home_agreement', 'network_member', 'network_member_channel', 'network_member_role', 'person', 'plan_review', 'private_time', 'private_time_day', 'respect_rule', 'risk_factor', 'room', 'safe_place', 'safe_place_confidential_from', 'safe_place_thing', 'safety_plan', 'safety_score', 'signal', 'signal_channel', 'signal_confidential_from', 'signal_response', 'signal_sender', 'time_out_place', 'time_out_rule', 'time_out_use', 'warning_sign'])
        and exists (select 1 from pg_catalog.pg_attribute a
            where a.attrelid operator(pg_catalog.=) pg_catalog.to_regclass('public.' operator(pg_catalog.||) history_table operator(pg_catalog.||) '_aud')
            and a.attname operator(pg_catalog.=) history_column and a.attnum operator(pg_catalog.>) 0 and not a.attisdropped)
$$;

create function public.hearth_erase_history(history_table text, parent_column text, parent_ids bigint[])
returns integer language plpgsql volatile security definer set search_path = pg_catalog, pg_temp as $$
declare
    refused integer;
    erased integer;
begin
    if not public.hearth_history_column(history_table, parent_column) then
        raise exception 'hearth_erase_history: %.% is not a column of a history table', history_table, parent_column;
    end if;
    execute pg_catalog.format('select pg_catalog.count(*) from public.%I where %I operator(pg_catalog.=) any ($1)'
        ' and public.hearth_may_see(case_id) and not public.hearth_may_share(case_id)',
        history_table operator(pg_catalog.||) '_aud', parent_column) into refused using parent_ids;
    if refused operator(pg_catalog.>) 0 then
        raise exception 'Only the case''s owner or a team lead erases its history' using errcode = 'insufficient_privilege';
    end if;
    execute pg_catalog.format('delete from public.%I where %I operator(pg_catalog.=) any ($1)'
        ' and public.hearth_may_see(case_id)', history_table operator(pg_catalog.||) '_aud', parent_column)
        using parent_ids;
    get diagnostics erased = row_count;
    return erased;
end
$$;

create function public.hearth_unpoint_history(history_table text, pointer_column text, person_id bigint)
returns integer language plpgsql volatile security definer set search_path = pg_catalog, pg_temp as $$
declare
    refused integer;
    changed integer;
begin
    if not (history_table, pointer_column) in (('time_out_rule', 'children_cared_by_id'),
            ('time_out_rule', 'responsible_adult_id'), ('time_out_use', 'called_by_id')) then
        raise exception 'hearth_unpoint_history: %.% points at nobody', history_table, pointer_column;
    end if;
    execute pg_catalog.format('select pg_catalog.count(*) from public.%I where %I operator(pg_catalog.=) $1'
        ' and public.hearth_may_see(case_id) and not public.hearth_may_share(case_id)',
        history_table operator(pg_catalog.||) '_aud', pointer_column) into refused using person_id;
    if refused operator(pg_catalog.>) 0 then
        raise exception 'Only the case''s owner or a team lead erases its history' using errcode = 'insufficient_privilege';
    end if;
    execute pg_catalog.format('update public.%I set %I = null where %I operator(pg_catalog.=) $1'
        ' and public.hearth_may_see(case_id)', history_table operator(pg_catalog.||) '_aud', pointer_column,
        pointer_column) using person_id;
    get diagnostics changed = row_count;
    return changed;
end
$$;

create function public.hearth_drop_empty_revisions(revision_ids bigint[]) returns integer
language plpgsql volatile security definer set search_path = pg_catalog, pg_temp as $$
declare
    dropped integer;
begin
    delete from public.revision r where r.id operator(pg_catalog.=) any (revision_ids) and public.hearth_revision_is_empty(r.id);
    get diagnostics dropped = row_count;
    return dropped;
end
$$;

-- 4. History is append-only for workers: by policy (read and add, nothing else) and by privilege (below).
drop policy dropped on public.revision;

drop policy by_case on public.activity_agreement_aud;
create policy seen on public.activity_agreement_aud for select using (public.hearth_may_see(case_id));
create policy added on public.activity_agreement_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.activity_day_aud;
create policy seen on public.activity_day_aud for select using (public.hearth_may_see(case_id));
create policy added on public.activity_day_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.buddy_pair_aud;
create policy seen on public.buddy_pair_aud for select using (public.hearth_may_see(case_id));
create policy added on public.buddy_pair_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.check_in_aud;
create policy seen on public.check_in_aud for select using (public.hearth_may_see(case_id));
create policy added on public.check_in_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.check_in_agreement_aud;
create policy seen on public.check_in_agreement_aud for select using (public.hearth_may_see(case_id));
create policy added on public.check_in_agreement_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.contact_link_aud;
create policy seen on public.contact_link_aud for select using (public.hearth_may_see(case_id));
create policy added on public.contact_link_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.emergency_contact_aud;
create policy seen on public.emergency_contact_aud for select using (public.hearth_may_see(case_id));
create policy added on public.emergency_contact_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.family_aud;
create policy seen on public.family_aud for select using (public.hearth_may_see(case_id));
create policy added on public.family_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.handout_record_aud;
create policy seen on public.handout_record_aud for select using (public.hearth_may_see(case_id));
create policy added on public.handout_record_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.home_agreement_aud;
create policy seen on public.home_agreement_aud for select using (public.hearth_may_see(case_id));
create policy added on public.home_agreement_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.network_member_aud;
create policy seen on public.network_member_aud for select using (public.hearth_may_see(case_id));
create policy added on public.network_member_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.network_member_channel_aud;
create policy seen on public.network_member_channel_aud for select using (public.hearth_may_see(case_id));
create policy added on public.network_member_channel_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.network_member_role_aud;
create policy seen on public.network_member_role_aud for select using (public.hearth_may_see(case_id));
create policy added on public.network_member_role_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.person_aud;
create policy seen on public.person_aud for select using (public.hearth_may_see(case_id));
create policy added on public.person_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.plan_review_aud;
create policy seen on public.plan_review_aud for select using (public.hearth_may_see(case_id));
create policy added on public.plan_review_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.private_time_aud;
create policy seen on public.private_time_aud for select using (public.hearth_may_see(case_id));
create policy added on public.private_time_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.private_time_day_aud;
create policy seen on public.private_time_day_aud for select using (public.hearth_may_see(case_id));
create policy added on public.private_time_day_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.respect_rule_aud;
create policy seen on public.respect_rule_aud for select using (public.hearth_may_see(case_id));
create policy added on public.respect_rule_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.risk_factor_aud;
create policy seen on public.risk_factor_aud for select using (public.hearth_may_see(case_id));
create policy added on public.risk_factor_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.room_aud;
create policy seen on public.room_aud for select using (public.hearth_may_see(case_id));
create policy added on public.room_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.safe_place_aud;
create policy seen on public.safe_place_aud for select using (public.hearth_may_see(case_id));
create policy added on public.safe_place_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.safe_place_confidential_from_aud;
create policy seen on public.safe_place_confidential_from_aud for select using (public.hearth_may_see(case_id));
create policy added on public.safe_place_confidential_from_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.safe_place_thing_aud;
create policy seen on public.safe_place_thing_aud for select using (public.hearth_may_see(case_id));
create policy added on public.safe_place_thing_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.safety_plan_aud;
create policy seen on public.safety_plan_aud for select using (public.hearth_may_see(case_id));
create policy added on public.safety_plan_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.safety_score_aud;
create policy seen on public.safety_score_aud for select using (public.hearth_may_see(case_id));
create policy added on public.safety_score_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.signal_aud;
create policy seen on public.signal_aud for select using (public.hearth_may_see(case_id));
create policy added on public.signal_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.signal_channel_aud;
create policy seen on public.signal_channel_aud for select using (public.hearth_may_see(case_id));
create policy added on public.signal_channel_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.signal_confidential_from_aud;
create policy seen on public.signal_confidential_from_aud for select using (public.hearth_may_see(case_id));
create policy added on public.signal_confidential_from_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.signal_response_aud;
create policy seen on public.signal_response_aud for select using (public.hearth_may_see(case_id));
create policy added on public.signal_response_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.signal_sender_aud;
create policy seen on public.signal_sender_aud for select using (public.hearth_may_see(case_id));
create policy added on public.signal_sender_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.time_out_place_aud;
create policy seen on public.time_out_place_aud for select using (public.hearth_may_see(case_id));
create policy added on public.time_out_place_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.time_out_rule_aud;
create policy seen on public.time_out_rule_aud for select using (public.hearth_may_see(case_id));
create policy added on public.time_out_rule_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.time_out_use_aud;
create policy seen on public.time_out_use_aud for select using (public.hearth_may_see(case_id));
create policy added on public.time_out_use_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));
drop policy by_case on public.warning_sign_aud;
create policy seen on public.warning_sign_aud for select using (public.hearth_may_see(case_id));
create policy added on public.warning_sign_aud for insert
    with check (public.hearth_may_see(case_id) and public.hearth_revision_is_mine(rev));

-- The two policies that compare names, again with the operator named.
drop policy by_case on public.family;
create policy by_case on public.family using (public.hearth_may_see(id))
    with check (owner_worker operator(pg_catalog.=) session_user or public.hearth_may_see(id));
drop policy seen on public.case_share;
create policy seen on public.case_share for select using (worker operator(pg_catalog.=) session_user or public.hearth_may_see(family_id));

revoke update, delete, truncate on public.revision, public.activity_agreement_aud, public.activity_day_aud, public.buddy_pair_aud, public.check_in_aud, public.check_in_agreement_aud, public.contact_link_aud, public.emergency_contact_aud, public.family_aud, public.handout_record_aud, public.home_agreement_aud, public.network_member_aud, public.network_member_channel_aud, public.network_member_role_aud, public.person_aud, public.plan_review_aud, public.private_time_aud, public.private_time_day_aud, public.respect_rule_aud, public.risk_factor_aud, public.room_aud, public.safe_place_aud, public.safe_place_confidential_from_aud, public.safe_place_thing_aud, public.safety_plan_aud, public.safety_score_aud, public.signal_aud, public.signal_channel_aud, public.signal_confidential_from_aud, public.signal_response_aud, public.signal_sender_aud, public.time_out_place_aud, public.time_out_rule_aud, public.time_out_use_aud, public.warning_sign_aud from public, hearth_worker;

-- 3. What workers may call: only what the policies and erasure need, and each answers for the caller alone.
revoke execute on all functions in schema public from public, hearth_worker;
grant execute on function public.hearth_may_see(bigint), public.hearth_may_share(bigint),
    public.hearth_revision_is_mine(bigint), public.hearth_erase_history(text, text, bigint[]),
    public.hearth_unpoint_history(text, text, bigint), public.hearth_drop_empty_revisions(bigint[]) to hearth_worker;
