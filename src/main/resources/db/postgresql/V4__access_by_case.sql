-- Hearth schema, version 4 on a team server (PostgreSQL): who may see which case, enforced by the server with
-- row-level security (issue 11, decision 0017). The embedded database has one worker and needs none of this; its
-- version 4 is empty.
--
-- Roles: hearth_worker (every worker's login role is a member) sees the cases they own and the cases shared with
-- them; hearth_lead (a member of hearth_worker) sees every case. The role that runs this script owns the tables and
-- is not bound by the policies: it is the administrator's, never a worker's.
--
-- Every row carries the case it belongs to (case_id), stamped by a trigger from its parent row when it is written,
-- and history rows (*_aud) carry it too, so that a past version stays with its case after the live row is gone.

do $$
begin
    if not exists (select from pg_roles where rolname = 'hearth_worker') then
        create role hearth_worker nologin;
    end if;
    if not exists (select from pg_roles where rolname = 'hearth_lead') then
        create role hearth_lead nologin in role hearth_worker;
    end if;
end
$$;

-- The worker who made a case owns it; set by the server, whatever the client sends.
alter table family add column owner_worker varchar(200);

-- Cases shared with other workers (cover during holidays).
create table case_share (
    family_id bigint not null references family on delete cascade,
    worker varchar(200) not null,
    shared_by varchar(200) not null,
    shared_at timestamp(6) not null default localtimestamp,
    primary key (family_id, worker)
);

alter table person add column case_id bigint;
alter table person_aud add column case_id bigint;
alter table network_member add column case_id bigint;
alter table network_member_aud add column case_id bigint;
alter table contact_link add column case_id bigint;
alter table contact_link_aud add column case_id bigint;
alter table check_in add column case_id bigint;
alter table check_in_aud add column case_id bigint;
alter table handout_record add column case_id bigint;
alter table handout_record_aud add column case_id bigint;
alter table safety_plan add column case_id bigint;
alter table safety_plan_aud add column case_id bigint;
alter table home_agreement add column case_id bigint;
alter table home_agreement_aud add column case_id bigint;
alter table signal add column case_id bigint;
alter table signal_aud add column case_id bigint;
alter table risk_factor add column case_id bigint;
alter table risk_factor_aud add column case_id bigint;
alter table warning_sign add column case_id bigint;
alter table warning_sign_aud add column case_id bigint;
alter table safe_place add column case_id bigint;
alter table safe_place_aud add column case_id bigint;
alter table emergency_contact add column case_id bigint;
alter table emergency_contact_aud add column case_id bigint;
alter table check_in_agreement add column case_id bigint;
alter table check_in_agreement_aud add column case_id bigint;
alter table buddy_pair add column case_id bigint;
alter table buddy_pair_aud add column case_id bigint;
alter table plan_review add column case_id bigint;
alter table plan_review_aud add column case_id bigint;
alter table activity_agreement add column case_id bigint;
alter table activity_agreement_aud add column case_id bigint;
alter table private_time add column case_id bigint;
alter table private_time_aud add column case_id bigint;
alter table respect_rule add column case_id bigint;
alter table respect_rule_aud add column case_id bigint;
alter table room add column case_id bigint;
alter table room_aud add column case_id bigint;
alter table time_out_rule add column case_id bigint;
alter table time_out_rule_aud add column case_id bigint;
alter table time_out_use add column case_id bigint;
alter table time_out_use_aud add column case_id bigint;
alter table signal_channel add column case_id bigint;
alter table signal_channel_aud add column case_id bigint;
alter table signal_confidential_from add column case_id bigint;
alter table signal_confidential_from_aud add column case_id bigint;
alter table signal_response add column case_id bigint;
alter table signal_response_aud add column case_id bigint;
alter table signal_sender add column case_id bigint;
alter table signal_sender_aud add column case_id bigint;
alter table safe_place_confidential_from add column case_id bigint;
alter table safe_place_confidential_from_aud add column case_id bigint;
alter table safe_place_thing add column case_id bigint;
alter table safe_place_thing_aud add column case_id bigint;
alter table safety_score add column case_id bigint;
alter table safety_score_aud add column case_id bigint;
alter table time_out_place add column case_id bigint;
alter table time_out_place_aud add column case_id bigint;
alter table activity_day add column case_id bigint;
alter table activity_day_aud add column case_id bigint;
alter table private_time_day add column case_id bigint;
alter table private_time_day_aud add column case_id bigint;
alter table network_member_channel add column case_id bigint;
alter table network_member_channel_aud add column case_id bigint;
alter table network_member_role add column case_id bigint;
alter table network_member_role_aud add column case_id bigint;
alter table family_aud add column case_id bigint;

create index case_share_worker on case_share (worker);

-- The case of a row of the given table: from the live row, else from its newest past version. Runs as the owner, so
-- that it sees rows the caller's policies hide (and the policies do not call themselves). Static SQL per table, so
-- that PL/pgSQL keeps each plan.
create function hearth_case_of(parent_table text, parent_id bigint) returns bigint
language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
    found bigint;
begin
    if parent_id is null then
        return null;
    end if;
    case parent_table
        when 'family' then
            return parent_id;
        when 'person' then
            select case_id into found from person where id = parent_id;
            if found is null then
                select case_id into found from person_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'network_member' then
            select case_id into found from network_member where id = parent_id;
            if found is null then
                select case_id into found from network_member_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'contact_link' then
            select case_id into found from contact_link where id = parent_id;
            if found is null then
                select case_id into found from contact_link_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'check_in' then
            select case_id into found from check_in where id = parent_id;
            if found is null then
                select case_id into found from check_in_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'handout_record' then
            select case_id into found from handout_record where id = parent_id;
            if found is null then
                select case_id into found from handout_record_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'safety_plan' then
            select case_id into found from safety_plan where id = parent_id;
            if found is null then
                select case_id into found from safety_plan_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'home_agreement' then
            select case_id into found from home_agreement where id = parent_id;
            if found is null then
                select case_id into found from home_agreement_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'signal' then
            select case_id into found from signal where id = parent_id;
            if found is null then
                select case_id into found from signal_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'risk_factor' then
            select case_id into found from risk_factor where id = parent_id;
            if found is null then
                select case_id into found from risk_factor_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'warning_sign' then
            select case_id into found from warning_sign where id = parent_id;
            if found is null then
                select case_id into found from warning_sign_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'safe_place' then
            select case_id into found from safe_place where id = parent_id;
            if found is null then
                select case_id into found from safe_place_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'emergency_contact' then
            select case_id into found from emergency_contact where id = parent_id;
            if found is null then
                select case_id into found from emergency_contact_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'check_in_agreement' then
            select case_id into found from check_in_agreement where id = parent_id;
            if found is null then
                select case_id into found from check_in_agreement_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'buddy_pair' then
            select case_id into found from buddy_pair where id = parent_id;
            if found is null then
                select case_id into found from buddy_pair_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'plan_review' then
            select case_id into found from plan_review where id = parent_id;
            if found is null then
                select case_id into found from plan_review_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'activity_agreement' then
            select case_id into found from activity_agreement where id = parent_id;
            if found is null then
                select case_id into found from activity_agreement_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'private_time' then
            select case_id into found from private_time where id = parent_id;
            if found is null then
                select case_id into found from private_time_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'respect_rule' then
            select case_id into found from respect_rule where id = parent_id;
            if found is null then
                select case_id into found from respect_rule_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'room' then
            select case_id into found from room where id = parent_id;
            if found is null then
                select case_id into found from room_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'time_out_rule' then
            select case_id into found from time_out_rule where id = parent_id;
            if found is null then
                select case_id into found from time_out_rule_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'time_out_use' then
            select case_id into found from time_out_use where id = parent_id;
            if found is null then
                select case_id into found from time_out_use_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'signal_response' then
            select case_id into found from signal_response where id = parent_id;
            if found is null then
                select case_id into found from signal_response_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'safety_score' then
            select case_id into found from safety_score where id = parent_id;
            if found is null then
                select case_id into found from safety_score_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        when 'time_out_place' then
            select case_id into found from time_out_place where id = parent_id;
            if found is null then
                select case_id into found from time_out_place_aud where id = parent_id and case_id is not null
                    order by rev desc limit 1;
            end if;
        else
            raise exception 'hearth_case_of: % is not a table of a case', parent_table;
    end case;
    return found;
end
$$;

create function hearth_is_lead() returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
    select pg_has_role(session_user, 'hearth_lead', 'member')
$$;

-- Whether the signed-in worker may see a case: their own, shared with them, or any case for a team lead.
create function hearth_may_see(case_id bigint) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
    select case_id is not null and (
        pg_has_role(session_user, 'hearth_lead', 'member')
        or exists (select 1 from family f where f.id = case_id and f.owner_worker = session_user)
        or exists (select 1 from case_share s where s.family_id = case_id and s.worker = session_user))
$$;

-- Whether the signed-in worker may share a case (or stop sharing it): its owner, or a team lead.
create function hearth_may_share(case_id bigint) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
    select pg_has_role(session_user, 'hearth_lead', 'member')
        or exists (select 1 from family f where f.id = case_id and f.owner_worker = session_user)
$$;

-- A revision may be deleted (erasing leaves no empty revisions) only when no past version of any case uses it.
create function hearth_revision_is_empty(revision_id bigint) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
    select not exists (select 1 from family_aud a where a.rev = revision_id)
        and not exists (select 1 from person_aud a where a.rev = revision_id)
        and not exists (select 1 from network_member_aud a where a.rev = revision_id)
        and not exists (select 1 from contact_link_aud a where a.rev = revision_id)
        and not exists (select 1 from check_in_aud a where a.rev = revision_id)
        and not exists (select 1 from handout_record_aud a where a.rev = revision_id)
        and not exists (select 1 from safety_plan_aud a where a.rev = revision_id)
        and not exists (select 1 from home_agreement_aud a where a.rev = revision_id)
        and not exists (select 1 from signal_aud a where a.rev = revision_id)
        and not exists (select 1 from risk_factor_aud a where a.rev = revision_id)
        and not exists (select 1 from warning_sign_aud a where a.rev = revision_id)
        and not exists (select 1 from safe_place_aud a where a.rev = revision_id)
        and not exists (select 1 from emergency_contact_aud a where a.rev = revision_id)
        and not exists (select 1 from check_in_agreement_aud a where a.rev = revision_id)
        and not exists (select 1 from buddy_pair_aud a where a.rev = revision_id)
        and not exists (select 1 from plan_review_aud a where a.rev = revision_id)
        and not exists (select 1 from activity_agreement_aud a where a.rev = revision_id)
        and not exists (select 1 from private_time_aud a where a.rev = revision_id)
        and not exists (select 1 from respect_rule_aud a where a.rev = revision_id)
        and not exists (select 1 from room_aud a where a.rev = revision_id)
        and not exists (select 1 from time_out_rule_aud a where a.rev = revision_id)
        and not exists (select 1 from time_out_use_aud a where a.rev = revision_id)
        and not exists (select 1 from signal_channel_aud a where a.rev = revision_id)
        and not exists (select 1 from signal_confidential_from_aud a where a.rev = revision_id)
        and not exists (select 1 from signal_response_aud a where a.rev = revision_id)
        and not exists (select 1 from signal_sender_aud a where a.rev = revision_id)
        and not exists (select 1 from safe_place_confidential_from_aud a where a.rev = revision_id)
        and not exists (select 1 from safe_place_thing_aud a where a.rev = revision_id)
        and not exists (select 1 from safety_score_aud a where a.rev = revision_id)
        and not exists (select 1 from time_out_place_aud a where a.rev = revision_id)
        and not exists (select 1 from activity_day_aud a where a.rev = revision_id)
        and not exists (select 1 from private_time_day_aud a where a.rev = revision_id)
        and not exists (select 1 from network_member_channel_aud a where a.rev = revision_id)
        and not exists (select 1 from network_member_role_aud a where a.rev = revision_id)
$$;

-- Triggers: stamp the case on live rows (from the parent row) and on past versions (from the parent, else from the
-- row's own live or past version: a deleted row's version holds only its id).
create function hearth_stamp_case() returns trigger language plpgsql as $$
begin
    NEW.case_id := hearth_case_of(TG_ARGV[0], (to_jsonb(NEW) ->> TG_ARGV[1])::bigint);
    return NEW;
end
$$;

create function hearth_stamp_history_case() returns trigger language plpgsql as $$
begin
    NEW.case_id := coalesce(hearth_case_of(TG_ARGV[0], (to_jsonb(NEW) ->> TG_ARGV[1])::bigint),
                            case when TG_ARGV[2] <> '' then hearth_case_of(TG_ARGV[2], (to_jsonb(NEW) ->> 'id')::bigint) end);
    return NEW;
end
$$;

create function hearth_stamp_owner() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' or not hearth_is_lead() then
        NEW.owner_worker := case when TG_OP = 'INSERT' then session_user else OLD.owner_worker end;
    end if;
    return NEW;
end
$$;

create function hearth_stamp_worker() returns trigger language plpgsql as $$
begin
    NEW.worker := session_user;
    return NEW;
end
$$;

create function hearth_stamp_sharer() returns trigger language plpgsql as $$
begin
    NEW.shared_by := session_user;
    return NEW;
end
$$;

create trigger family_owner before insert or update on family for each row execute function hearth_stamp_owner();
create trigger revision_worker before insert or update on revision for each row execute function hearth_stamp_worker();
create trigger case_share_sharer before insert or update on case_share for each row execute function hearth_stamp_sharer();
create trigger family_aud_case before insert or update on family_aud for each row
    execute function hearth_stamp_history_case('family', 'id', '');

create trigger person_case before insert or update on person for each row execute function hearth_stamp_case('family', 'family_id');
create trigger person_aud_case before insert or update on person_aud for each row
    execute function hearth_stamp_history_case('family', 'family_id', 'person');
create trigger network_member_case before insert or update on network_member for each row execute function hearth_stamp_case('family', 'family_id');
create trigger network_member_aud_case before insert or update on network_member_aud for each row
    execute function hearth_stamp_history_case('family', 'family_id', 'network_member');
create trigger contact_link_case before insert or update on contact_link for each row execute function hearth_stamp_case('family', 'family_id');
create trigger contact_link_aud_case before insert or update on contact_link_aud for each row
    execute function hearth_stamp_history_case('family', 'family_id', 'contact_link');
create trigger check_in_case before insert or update on check_in for each row execute function hearth_stamp_case('family', 'family_id');
create trigger check_in_aud_case before insert or update on check_in_aud for each row
    execute function hearth_stamp_history_case('family', 'family_id', 'check_in');
create trigger handout_record_case before insert or update on handout_record for each row execute function hearth_stamp_case('family', 'family_id');
create trigger handout_record_aud_case before insert or update on handout_record_aud for each row
    execute function hearth_stamp_history_case('family', 'family_id', 'handout_record');
create trigger safety_plan_case before insert or update on safety_plan for each row execute function hearth_stamp_case('family', 'family_id');
create trigger safety_plan_aud_case before insert or update on safety_plan_aud for each row
    execute function hearth_stamp_history_case('family', 'family_id', 'safety_plan');
create trigger home_agreement_case before insert or update on home_agreement for each row execute function hearth_stamp_case('family', 'family_id');
create trigger home_agreement_aud_case before insert or update on home_agreement_aud for each row
    execute function hearth_stamp_history_case('family', 'family_id', 'home_agreement');
create trigger signal_case before insert or update on signal for each row execute function hearth_stamp_case('safety_plan', 'plan_id');
create trigger signal_aud_case before insert or update on signal_aud for each row
    execute function hearth_stamp_history_case('safety_plan', 'plan_id', 'signal');
create trigger risk_factor_case before insert or update on risk_factor for each row execute function hearth_stamp_case('safety_plan', 'plan_id');
create trigger risk_factor_aud_case before insert or update on risk_factor_aud for each row
    execute function hearth_stamp_history_case('safety_plan', 'plan_id', 'risk_factor');
create trigger warning_sign_case before insert or update on warning_sign for each row execute function hearth_stamp_case('safety_plan', 'plan_id');
create trigger warning_sign_aud_case before insert or update on warning_sign_aud for each row
    execute function hearth_stamp_history_case('safety_plan', 'plan_id', 'warning_sign');
create trigger safe_place_case before insert or update on safe_place for each row execute function hearth_stamp_case('safety_plan', 'plan_id');
create trigger safe_place_aud_case before insert or update on safe_place_aud for each row
    execute function hearth_stamp_history_case('safety_plan', 'plan_id', 'safe_place');
create trigger emergency_contact_case before insert or update on emergency_contact for each row execute function hearth_stamp_case('safety_plan', 'plan_id');
create trigger emergency_contact_aud_case before insert or update on emergency_contact_aud for each row
    execute function hearth_stamp_history_case('safety_plan', 'plan_id', 'emergency_contact');
create trigger check_in_agreement_case before insert or update on check_in_agreement for each row execute function hearth_stamp_case('safety_plan', 'plan_id');
create trigger check_in_agreement_aud_case before insert or update on check_in_agreement_aud for each row
    execute function hearth_stamp_history_case('safety_plan', 'plan_id', 'check_in_agreement');
create trigger buddy_pair_case before insert or update on buddy_pair for each row execute function hearth_stamp_case('safety_plan', 'plan_id');
create trigger buddy_pair_aud_case before insert or update on buddy_pair_aud for each row
    execute function hearth_stamp_history_case('safety_plan', 'plan_id', 'buddy_pair');
create trigger plan_review_case before insert or update on plan_review for each row execute function hearth_stamp_case('safety_plan', 'plan_id');
create trigger plan_review_aud_case before insert or update on plan_review_aud for each row
    execute function hearth_stamp_history_case('safety_plan', 'plan_id', 'plan_review');
create trigger activity_agreement_case before insert or update on activity_agreement for each row execute function hearth_stamp_case('home_agreement', 'agreement_id');
create trigger activity_agreement_aud_case before insert or update on activity_agreement_aud for each row
    execute function hearth_stamp_history_case('home_agreement', 'agreement_id', 'activity_agreement');
create trigger private_time_case before insert or update on private_time for each row execute function hearth_stamp_case('home_agreement', 'agreement_id');
create trigger private_time_aud_case before insert or update on private_time_aud for each row
    execute function hearth_stamp_history_case('home_agreement', 'agreement_id', 'private_time');
create trigger respect_rule_case before insert or update on respect_rule for each row execute function hearth_stamp_case('home_agreement', 'agreement_id');
create trigger respect_rule_aud_case before insert or update on respect_rule_aud for each row
    execute function hearth_stamp_history_case('home_agreement', 'agreement_id', 'respect_rule');
create trigger room_case before insert or update on room for each row execute function hearth_stamp_case('home_agreement', 'agreement_id');
create trigger room_aud_case before insert or update on room_aud for each row
    execute function hearth_stamp_history_case('home_agreement', 'agreement_id', 'room');
create trigger time_out_rule_case before insert or update on time_out_rule for each row execute function hearth_stamp_case('home_agreement', 'agreement_id');
create trigger time_out_rule_aud_case before insert or update on time_out_rule_aud for each row
    execute function hearth_stamp_history_case('home_agreement', 'agreement_id', 'time_out_rule');
create trigger time_out_use_case before insert or update on time_out_use for each row execute function hearth_stamp_case('home_agreement', 'agreement_id');
create trigger time_out_use_aud_case before insert or update on time_out_use_aud for each row
    execute function hearth_stamp_history_case('home_agreement', 'agreement_id', 'time_out_use');
create trigger signal_channel_case before insert or update on signal_channel for each row execute function hearth_stamp_case('signal', 'signal_id');
create trigger signal_channel_aud_case before insert or update on signal_channel_aud for each row
    execute function hearth_stamp_history_case('signal', 'signal_id', '');
create trigger signal_confidential_from_case before insert or update on signal_confidential_from for each row execute function hearth_stamp_case('signal', 'signal_id');
create trigger signal_confidential_from_aud_case before insert or update on signal_confidential_from_aud for each row
    execute function hearth_stamp_history_case('signal', 'signal_id', '');
create trigger signal_response_case before insert or update on signal_response for each row execute function hearth_stamp_case('signal', 'signal_id');
create trigger signal_response_aud_case before insert or update on signal_response_aud for each row
    execute function hearth_stamp_history_case('signal', 'signal_id', 'signal_response');
create trigger signal_sender_case before insert or update on signal_sender for each row execute function hearth_stamp_case('signal', 'signal_id');
create trigger signal_sender_aud_case before insert or update on signal_sender_aud for each row
    execute function hearth_stamp_history_case('signal', 'signal_id', '');
create trigger safe_place_confidential_from_case before insert or update on safe_place_confidential_from for each row execute function hearth_stamp_case('safe_place', 'place_id');
create trigger safe_place_confidential_from_aud_case before insert or update on safe_place_confidential_from_aud for each row
    execute function hearth_stamp_history_case('safe_place', 'place_id', '');
create trigger safe_place_thing_case before insert or update on safe_place_thing for each row execute function hearth_stamp_case('safe_place', 'place_id');
create trigger safe_place_thing_aud_case before insert or update on safe_place_thing_aud for each row
    execute function hearth_stamp_history_case('safe_place', 'place_id', '');
create trigger safety_score_case before insert or update on safety_score for each row execute function hearth_stamp_case('plan_review', 'review_id');
create trigger safety_score_aud_case before insert or update on safety_score_aud for each row
    execute function hearth_stamp_history_case('plan_review', 'review_id', 'safety_score');
create trigger time_out_place_case before insert or update on time_out_place for each row execute function hearth_stamp_case('time_out_rule', 'rule_id');
create trigger time_out_place_aud_case before insert or update on time_out_place_aud for each row
    execute function hearth_stamp_history_case('time_out_rule', 'rule_id', 'time_out_place');
create trigger activity_day_case before insert or update on activity_day for each row execute function hearth_stamp_case('activity_agreement', 'activity_id');
create trigger activity_day_aud_case before insert or update on activity_day_aud for each row
    execute function hearth_stamp_history_case('activity_agreement', 'activity_id', '');
create trigger private_time_day_case before insert or update on private_time_day for each row execute function hearth_stamp_case('private_time', 'private_time_id');
create trigger private_time_day_aud_case before insert or update on private_time_day_aud for each row
    execute function hearth_stamp_history_case('private_time', 'private_time_id', '');
create trigger network_member_channel_case before insert or update on network_member_channel for each row execute function hearth_stamp_case('network_member', 'member_id');
create trigger network_member_channel_aud_case before insert or update on network_member_channel_aud for each row
    execute function hearth_stamp_history_case('network_member', 'member_id', '');
create trigger network_member_role_case before insert or update on network_member_role for each row execute function hearth_stamp_case('network_member', 'member_id');
create trigger network_member_role_aud_case before insert or update on network_member_role_aud for each row
    execute function hearth_stamp_history_case('network_member', 'member_id', '');

-- The policies. Row-level security binds every role but the tables' owner.
alter table family enable row level security;
create policy by_case on family using (hearth_may_see(id))
    with check (owner_worker = session_user or hearth_may_see(id));
alter table family_aud enable row level security;
create policy by_case on family_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table case_share enable row level security;
create policy seen on case_share for select using (worker = session_user or hearth_may_see(family_id));
create policy shared on case_share for insert with check (hearth_may_share(family_id));
create policy unshared on case_share for delete using (hearth_may_share(family_id));
alter table revision enable row level security;
create policy seen on revision for select using (true);
create policy added on revision for insert with check (true);
create policy dropped on revision for delete using (hearth_revision_is_empty(id));

alter table person enable row level security;
create policy by_case on person using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table person_aud enable row level security;
create policy by_case on person_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table network_member enable row level security;
create policy by_case on network_member using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table network_member_aud enable row level security;
create policy by_case on network_member_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table contact_link enable row level security;
create policy by_case on contact_link using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table contact_link_aud enable row level security;
create policy by_case on contact_link_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table check_in enable row level security;
create policy by_case on check_in using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table check_in_aud enable row level security;
create policy by_case on check_in_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table handout_record enable row level security;
create policy by_case on handout_record using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table handout_record_aud enable row level security;
create policy by_case on handout_record_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safety_plan enable row level security;
create policy by_case on safety_plan using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safety_plan_aud enable row level security;
create policy by_case on safety_plan_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table home_agreement enable row level security;
create policy by_case on home_agreement using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table home_agreement_aud enable row level security;
create policy by_case on home_agreement_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal enable row level security;
create policy by_case on signal using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_aud enable row level security;
create policy by_case on signal_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table risk_factor enable row level security;
create policy by_case on risk_factor using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table risk_factor_aud enable row level security;
create policy by_case on risk_factor_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table warning_sign enable row level security;
create policy by_case on warning_sign using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table warning_sign_aud enable row level security;
create policy by_case on warning_sign_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safe_place enable row level security;
create policy by_case on safe_place using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safe_place_aud enable row level security;
create policy by_case on safe_place_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table emergency_contact enable row level security;
create policy by_case on emergency_contact using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table emergency_contact_aud enable row level security;
create policy by_case on emergency_contact_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table check_in_agreement enable row level security;
create policy by_case on check_in_agreement using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table check_in_agreement_aud enable row level security;
create policy by_case on check_in_agreement_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table buddy_pair enable row level security;
create policy by_case on buddy_pair using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table buddy_pair_aud enable row level security;
create policy by_case on buddy_pair_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table plan_review enable row level security;
create policy by_case on plan_review using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table plan_review_aud enable row level security;
create policy by_case on plan_review_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table activity_agreement enable row level security;
create policy by_case on activity_agreement using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table activity_agreement_aud enable row level security;
create policy by_case on activity_agreement_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table private_time enable row level security;
create policy by_case on private_time using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table private_time_aud enable row level security;
create policy by_case on private_time_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table respect_rule enable row level security;
create policy by_case on respect_rule using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table respect_rule_aud enable row level security;
create policy by_case on respect_rule_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table room enable row level security;
create policy by_case on room using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table room_aud enable row level security;
create policy by_case on room_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table time_out_rule enable row level security;
create policy by_case on time_out_rule using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table time_out_rule_aud enable row level security;
create policy by_case on time_out_rule_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table time_out_use enable row level security;
create policy by_case on time_out_use using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table time_out_use_aud enable row level security;
create policy by_case on time_out_use_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_channel enable row level security;
create policy by_case on signal_channel using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_channel_aud enable row level security;
create policy by_case on signal_channel_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_confidential_from enable row level security;
create policy by_case on signal_confidential_from using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_confidential_from_aud enable row level security;
create policy by_case on signal_confidential_from_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_response enable row level security;
create policy by_case on signal_response using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_response_aud enable row level security;
create policy by_case on signal_response_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_sender enable row level security;
create policy by_case on signal_sender using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table signal_sender_aud enable row level security;
create policy by_case on signal_sender_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safe_place_confidential_from enable row level security;
create policy by_case on safe_place_confidential_from using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safe_place_confidential_from_aud enable row level security;
create policy by_case on safe_place_confidential_from_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safe_place_thing enable row level security;
create policy by_case on safe_place_thing using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safe_place_thing_aud enable row level security;
create policy by_case on safe_place_thing_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safety_score enable row level security;
create policy by_case on safety_score using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table safety_score_aud enable row level security;
create policy by_case on safety_score_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table time_out_place enable row level security;
create policy by_case on time_out_place using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table time_out_place_aud enable row level security;
create policy by_case on time_out_place_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table activity_day enable row level security;
create policy by_case on activity_day using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table activity_day_aud enable row level security;
create policy by_case on activity_day_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table private_time_day enable row level security;
create policy by_case on private_time_day using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table private_time_day_aud enable row level security;
create policy by_case on private_time_day_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table network_member_channel enable row level security;
create policy by_case on network_member_channel using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table network_member_channel_aud enable row level security;
create policy by_case on network_member_channel_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table network_member_role enable row level security;
create policy by_case on network_member_role using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));
alter table network_member_role_aud enable row level security;
create policy by_case on network_member_role_aud using (hearth_may_see(case_id)) with check (hearth_may_see(case_id));

-- What workers may do at all: read and change case data through the policies above, read the schema version.
revoke all on all tables in schema public from public;
grant select, insert, update, delete on all tables in schema public to hearth_worker;
revoke insert, update, delete on flyway_schema_history from hearth_worker;
grant usage, select on all sequences in schema public to hearth_worker;
revoke execute on all functions in schema public from public;
grant execute on all functions in schema public to hearth_worker;

