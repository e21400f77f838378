-- Hearth schema, version 3: the record of printed and saved handouts (what, for whom, which language, when;
-- never the content), with its Envers history. Portable SQL for H2 and PostgreSQL.

create table handout_record (
    discreet boolean not null,
    family_id bigint not null,
    id bigint not null,
    made_at timestamp(6) not null,
    second_language varchar(10),
    language varchar(10) not null,
    action varchar(20) not null,
    kind varchar(30) not null,
    for_whom varchar(20000),
    primary key (id)
);

create table handout_record_aud (
    discreet boolean,
    revtype smallint,
    family_id bigint,
    id bigint not null,
    made_at timestamp(6),
    rev bigint not null,
    second_language varchar(10),
    language varchar(10),
    action varchar(20),
    kind varchar(30),
    for_whom varchar(20000),
    primary key (id, rev)
);

alter table handout_record add constraint fk_handout_record_family foreign key (family_id) references family;
alter table handout_record_aud add constraint fk_handout_record_aud_rev foreign key (rev) references revision;
create index ix_handout_record_family on handout_record (family_id);
