-- Hearth schema, version 1: every part of the product (cases, household, network, safety plan,
-- home agreements, check-ins) and its Envers history. Portable SQL for H2 and PostgreSQL.
-- Text columns hold 20,000 UTF-16 units: 10,000 characters even where every one needs two units.

create sequence hearth_seq start with 1 increment by 50;
create sequence revision_seq start with 1 increment by 1;
create table activity_agreement (
    end_time time(0),
    start_time time(0),
    agreement_id bigint not null,
    id bigint not null,
    person_id bigint not null,
    room_id bigint,
    place varchar(20000),
    what varchar(20000) not null,
    primary key (id)
);

create table activity_agreement_aud (
    end_time time(0),
    revtype smallint,
    start_time time(0),
    agreement_id bigint,
    id bigint not null,
    person_id bigint,
    rev bigint not null,
    room_id bigint,
    place varchar(20000),
    what varchar(20000),
    primary key (id, rev)
);

create table activity_day (
    activity_id bigint not null,
    day_of_week varchar(10) not null,
    primary key (activity_id, day_of_week)
);

create table activity_day_aud (
    revtype smallint,
    activity_id bigint not null,
    rev bigint not null,
    day_of_week varchar(10) not null,
    primary key (activity_id, rev, day_of_week)
);

create table buddy_pair (
    daily_time time(0),
    buddy_id bigint not null,
    id bigint not null,
    person_id bigint not null,
    plan_id bigint not null,
    channel varchar(20),
    code_word varchar(20000),
    professional_name varchar(20000),
    professional_phone varchar(20000),
    primary key (id)
);

create table buddy_pair_aud (
    daily_time time(0),
    revtype smallint,
    buddy_id bigint,
    id bigint not null,
    person_id bigint,
    plan_id bigint,
    rev bigint not null,
    channel varchar(20),
    code_word varchar(20000),
    professional_name varchar(20000),
    professional_phone varchar(20000),
    primary key (id, rev)
);

create table check_in (
    agreement_id bigint,
    buddy_pair_id bigint,
    family_id bigint not null,
    happened_at timestamp(6) not null,
    id bigint not null,
    member_id bigint,
    person_id bigint,
    channel varchar(20),
    outcome varchar(20) not null,
    action_taken varchar(20000),
    primary key (id)
);

create table check_in_agreement (
    id bigint not null,
    member_id bigint not null,
    person_id bigint not null,
    plan_id bigint not null,
    channel varchar(20),
    frequency varchar(30) not null,
    cover_story varchar(20000),
    primary key (id)
);

create table check_in_agreement_aud (
    revtype smallint,
    id bigint not null,
    member_id bigint,
    person_id bigint,
    plan_id bigint,
    rev bigint not null,
    channel varchar(20),
    frequency varchar(30),
    cover_story varchar(20000),
    primary key (id, rev)
);

create table check_in_aud (
    revtype smallint,
    agreement_id bigint,
    buddy_pair_id bigint,
    family_id bigint,
    happened_at timestamp(6),
    id bigint not null,
    member_id bigint,
    person_id bigint,
    rev bigint not null,
    channel varchar(20),
    outcome varchar(20),
    action_taken varchar(20000),
    primary key (id, rev)
);

create table contact_link (
    family_id bigint not null,
    id bigint not null,
    member_id bigint not null,
    person_id bigint not null,
    channel varchar(20),
    frequency varchar(30),
    primary key (id)
);

create table contact_link_aud (
    revtype smallint,
    family_id bigint,
    id bigint not null,
    member_id bigint,
    person_id bigint,
    rev bigint not null,
    channel varchar(20),
    frequency varchar(30),
    primary key (id, rev)
);

create table emergency_contact (
    id bigint not null,
    plan_id bigint not null,
    kind varchar(20) not null,
    name varchar(20000) not null,
    note varchar(20000),
    number varchar(20000) not null,
    primary key (id)
);

create table emergency_contact_aud (
    revtype smallint,
    id bigint not null,
    plan_id bigint,
    rev bigint not null,
    kind varchar(20),
    name varchar(20000),
    note varchar(20000),
    number varchar(20000),
    primary key (id, rev)
);

create table family (
    closed_on date,
    created_on date not null,
    next_review date,
    id bigint not null,
    version bigint not null,
    language varchar(20),
    status varchar(20) not null,
    reference varchar(80) not null unique,
    display_name varchar(20000) not null,
    responsible_worker varchar(20000),
    primary key (id)
);

create table family_aud (
    closed_on date,
    created_on date,
    next_review date,
    revtype smallint,
    id bigint not null,
    rev bigint not null,
    language varchar(20),
    status varchar(20),
    reference varchar(80),
    display_name varchar(20000),
    responsible_worker varchar(20000),
    primary key (id, rev)
);

create table home_agreement (
    family_id bigint not null unique,
    id bigint not null,
    version bigint not null,
    primary key (id)
);

create table home_agreement_aud (
    revtype smallint,
    family_id bigint,
    id bigint not null,
    rev bigint not null,
    primary key (id, rev)
);

create table network_member (
    consent_given boolean not null,
    consent_on date,
    map_x float(53),
    map_y float(53),
    must_not_know boolean not null,
    family_id bigint not null,
    id bigint not null,
    closeness varchar(20) not null,
    kind varchar(20) not null,
    language varchar(20),
    consent_scope varchar(20000),
    email varchar(20000),
    name varchar(20000) not null,
    notes varchar(20000),
    phone varchar(20000),
    relation varchar(20000),
    primary key (id)
);

create table network_member_aud (
    consent_given boolean,
    consent_on date,
    map_x float(53),
    map_y float(53),
    must_not_know boolean,
    revtype smallint,
    family_id bigint,
    id bigint not null,
    rev bigint not null,
    closeness varchar(20),
    kind varchar(20),
    language varchar(20),
    consent_scope varchar(20000),
    email varchar(20000),
    name varchar(20000),
    notes varchar(20000),
    phone varchar(20000),
    relation varchar(20000),
    primary key (id, rev)
);

create table network_member_channel (
    member_id bigint not null,
    channel varchar(20) not null,
    primary key (member_id, channel)
);

create table network_member_channel_aud (
    revtype smallint,
    member_id bigint not null,
    rev bigint not null,
    channel varchar(20) not null,
    primary key (member_id, rev, channel)
);

create table network_member_role (
    member_id bigint not null,
    role varchar(20) not null,
    primary key (member_id, role)
);

create table network_member_role_aud (
    revtype smallint,
    member_id bigint not null,
    rev bigint not null,
    role varchar(20) not null,
    primary key (member_id, rev, role)
);

create table person (
    birth_year integer,
    colour integer not null,
    family_id bigint not null,
    id bigint not null,
    risk_role varchar(20) not null,
    role varchar(20) not null,
    languages varchar(20000),
    name varchar(20000) not null,
    notes varchar(20000),
    phone varchar(20000),
    primary key (id)
);

create table person_aud (
    birth_year integer,
    colour integer,
    revtype smallint,
    family_id bigint,
    id bigint not null,
    rev bigint not null,
    risk_role varchar(20),
    role varchar(20),
    languages varchar(20000),
    name varchar(20000),
    notes varchar(20000),
    phone varchar(20000),
    primary key (id, rev)
);

create table plan_review (
    after_incident boolean not null,
    reviewed_on date not null,
    tried_out boolean,
    worked boolean,
    id bigint not null,
    plan_id bigint not null,
    note varchar(20000),
    primary key (id)
);

create table plan_review_aud (
    after_incident boolean,
    reviewed_on date,
    revtype smallint,
    tried_out boolean,
    worked boolean,
    id bigint not null,
    plan_id bigint,
    rev bigint not null,
    note varchar(20000),
    primary key (id, rev)
);

create table private_time (
    end_time time(0) not null,
    start_time time(0) not null,
    agreement_id bigint not null,
    id bigint not null,
    person_id bigint not null,
    room_id bigint not null,
    activity varchar(20000),
    primary key (id)
);

create table private_time_aud (
    end_time time(0),
    revtype smallint,
    start_time time(0),
    agreement_id bigint,
    id bigint not null,
    person_id bigint,
    rev bigint not null,
    room_id bigint,
    activity varchar(20000),
    primary key (id, rev)
);

create table private_time_day (
    private_time_id bigint not null,
    day_of_week varchar(10) not null,
    primary key (private_time_id, day_of_week)
);

create table private_time_day_aud (
    revtype smallint,
    private_time_id bigint not null,
    rev bigint not null,
    day_of_week varchar(10) not null,
    primary key (private_time_id, rev, day_of_week)
);

create table respect_rule (
    agreement_id bigint not null,
    id bigint not null,
    text varchar(20000) not null,
    primary key (id)
);

create table respect_rule_aud (
    revtype smallint,
    agreement_id bigint,
    id bigint not null,
    rev bigint not null,
    text varchar(20000),
    primary key (id, rev)
);

create table revision (
    id bigint not null,
    saved_at bigint not null,
    worker varchar(20000) not null,
    primary key (id)
);

create table risk_factor (
    present boolean not null,
    id bigint not null,
    plan_id bigint not null,
    kind varchar(40) not null,
    own_text varchar(20000),
    primary key (id)
);

create table risk_factor_aud (
    present boolean,
    revtype smallint,
    id bigint not null,
    plan_id bigint,
    rev bigint not null,
    kind varchar(40),
    own_text varchar(20000),
    primary key (id, rev)
);

create table room (
    child_alone_allowed boolean not null,
    outside boolean not null,
    agreement_id bigint not null,
    id bigint not null,
    name varchar(20000) not null,
    primary key (id)
);

create table room_aud (
    child_alone_allowed boolean,
    outside boolean,
    revtype smallint,
    agreement_id bigint,
    id bigint not null,
    rev bigint not null,
    name varchar(20000),
    primary key (id, rev)
);

create table safe_place (
    id bigint not null,
    plan_id bigint not null,
    address varchar(20000),
    how_to_get_there varchar(20000),
    name varchar(20000) not null,
    who_is_there varchar(20000),
    primary key (id)
);

create table safe_place_aud (
    revtype smallint,
    id bigint not null,
    plan_id bigint,
    rev bigint not null,
    address varchar(20000),
    how_to_get_there varchar(20000),
    name varchar(20000),
    who_is_there varchar(20000),
    primary key (id, rev)
);

create table safe_place_confidential_from (
    person_id bigint not null,
    place_id bigint not null,
    primary key (person_id, place_id)
);

create table safe_place_confidential_from_aud (
    revtype smallint,
    person_id bigint not null,
    place_id bigint not null,
    rev bigint not null,
    primary key (person_id, place_id, rev)
);

create table safe_place_thing (
    position integer not null check ((position>=0)),
    ready boolean not null,
    place_id bigint not null,
    thing varchar(20000) not null,
    primary key (position, place_id)
);

create table safe_place_thing_aud (
    position integer not null,
    ready boolean,
    revtype smallint not null,
    place_id bigint not null,
    rev bigint not null,
    thing varchar(20000),
    primary key (position, revtype, place_id, rev)
);

create table safety_plan (
    agreed_on date,
    created_on date not null,
    family_id bigint not null unique,
    id bigint not null,
    version bigint not null,
    country varchar(10),
    status varchar(20) not null,
    agreed_by varchar(20000),
    primary key (id)
);

create table safety_plan_aud (
    agreed_on date,
    created_on date,
    revtype smallint,
    family_id bigint,
    id bigint not null,
    rev bigint not null,
    country varchar(10),
    status varchar(20),
    agreed_by varchar(20000),
    primary key (id, rev)
);

create table safety_score (
    score integer not null,
    id bigint not null,
    person_id bigint not null,
    review_id bigint not null,
    primary key (id)
);

create table safety_score_aud (
    revtype smallint,
    score integer,
    id bigint not null,
    person_id bigint,
    rev bigint not null,
    review_id bigint,
    primary key (id, rev)
);

create table signal (
    id bigint not null,
    plan_id bigint not null,
    kind varchar(30) not null,
    answer varchar(20000),
    meaning varchar(20000) not null,
    word varchar(20000) not null,
    primary key (id)
);

create table signal_aud (
    revtype smallint,
    id bigint not null,
    plan_id bigint,
    rev bigint not null,
    kind varchar(30),
    answer varchar(20000),
    meaning varchar(20000),
    word varchar(20000),
    primary key (id, rev)
);

create table signal_channel (
    signal_id bigint not null,
    channel varchar(20) not null,
    primary key (signal_id, channel)
);

create table signal_channel_aud (
    revtype smallint,
    rev bigint not null,
    signal_id bigint not null,
    channel varchar(20) not null,
    primary key (rev, signal_id, channel)
);

create table signal_confidential_from (
    person_id bigint not null,
    signal_id bigint not null,
    primary key (person_id, signal_id)
);

create table signal_confidential_from_aud (
    revtype smallint,
    person_id bigint not null,
    rev bigint not null,
    signal_id bigint not null,
    primary key (person_id, rev, signal_id)
);

create table signal_response (
    id bigint not null,
    receiver_id bigint not null,
    signal_id bigint not null,
    calls_whom varchar(20000),
    steps varchar(20000),
    primary key (id)
);

create table signal_response_aud (
    revtype smallint,
    id bigint not null,
    receiver_id bigint,
    rev bigint not null,
    signal_id bigint,
    calls_whom varchar(20000),
    steps varchar(20000),
    primary key (id, rev)
);

create table signal_sender (
    person_id bigint not null,
    signal_id bigint not null,
    primary key (person_id, signal_id)
);

create table signal_sender_aud (
    revtype smallint,
    person_id bigint not null,
    rev bigint not null,
    signal_id bigint not null,
    primary key (person_id, rev, signal_id)
);

create table time_out_place (
    id bigint not null,
    person_id bigint not null,
    room_id bigint,
    rule_id bigint not null,
    calming_activity varchar(20000),
    early_cues varchar(20000),
    primary key (id)
);

create table time_out_place_aud (
    revtype smallint,
    id bigint not null,
    person_id bigint,
    rev bigint not null,
    room_id bigint,
    rule_id bigint,
    calming_activity varchar(20000),
    early_cues varchar(20000),
    primary key (id, rev)
);

create table time_out_rule (
    max_minutes integer,
    min_minutes integer,
    agreement_id bigint not null unique,
    children_cared_by_id bigint,
    id bigint not null,
    responsible_adult_id bigint,
    acknowledgement varchar(20000),
    coming_back varchar(20000),
    purpose varchar(20000),
    signal_text varchar(20000),
    when_it_fails varchar(20000),
    who_may_call varchar(20000),
    primary key (id)
);

create table time_out_rule_aud (
    max_minutes integer,
    min_minutes integer,
    revtype smallint,
    agreement_id bigint,
    children_cared_by_id bigint,
    id bigint not null,
    responsible_adult_id bigint,
    rev bigint not null,
    acknowledgement varchar(20000),
    coming_back varchar(20000),
    purpose varchar(20000),
    signal_text varchar(20000),
    when_it_fails varchar(20000),
    who_may_call varchar(20000),
    primary key (id, rev)
);

create table time_out_use (
    helped boolean,
    agreement_id bigint not null,
    called_by_id bigint,
    id bigint not null,
    used_at timestamp(6) not null,
    note varchar(20000),
    primary key (id)
);

create table time_out_use_aud (
    helped boolean,
    revtype smallint,
    agreement_id bigint,
    called_by_id bigint,
    id bigint not null,
    rev bigint not null,
    used_at timestamp(6),
    note varchar(20000),
    primary key (id, rev)
);

create table warning_sign (
    id bigint not null,
    person_id bigint,
    plan_id bigint not null,
    text varchar(20000) not null,
    primary key (id)
);

create table warning_sign_aud (
    revtype smallint,
    id bigint not null,
    person_id bigint,
    plan_id bigint,
    rev bigint not null,
    text varchar(20000),
    primary key (id, rev)
);

alter table activity_agreement add constraint FKmxuasm2ipbe3u3fa6umkikjvo foreign key (agreement_id) references home_agreement;
alter table activity_agreement add constraint FKfowfo7hig1qvf5t8e6h2yvov6 foreign key (person_id) references person;
alter table activity_agreement add constraint FK5fg2t01223xbts23qhy4jt4sh foreign key (room_id) references room;
alter table activity_agreement_aud add constraint FKnayid5lmnnq0c7fgtib3glac0 foreign key (rev) references revision;
alter table activity_day add constraint FKfpsh8t280g6to6c4b9bwigtwm foreign key (activity_id) references activity_agreement;
alter table activity_day_aud add constraint FK2xsspu57d1te4mgmpbgsa43u2 foreign key (rev) references revision;
alter table buddy_pair add constraint FK8rsocy22vgvkppf34yovhihui foreign key (buddy_id) references network_member;
alter table buddy_pair add constraint FKkxaudfwicxmfr7nm1tw3y0o6g foreign key (person_id) references person;
alter table buddy_pair add constraint FKatvjx1m8dp6rjl9ersp56t9rc foreign key (plan_id) references safety_plan;
alter table buddy_pair_aud add constraint FK4xsrd7egx0mqccwlbum2ubnob foreign key (rev) references revision;
alter table check_in add constraint FKln44r1yb5vsptj4x5qnnp33u8 foreign key (agreement_id) references check_in_agreement;
alter table check_in add constraint FKljv6c74opoi3xd2f9w4orptcr foreign key (buddy_pair_id) references buddy_pair;
alter table check_in add constraint FKhqn2y65e1w1l3c1db3q8rwqxh foreign key (family_id) references family;
alter table check_in add constraint FKd8t0t8pb24ar3sp2jp1vt9vil foreign key (member_id) references network_member;
alter table check_in add constraint FKj9d5nghen21de4d3f19rpt5v2 foreign key (person_id) references person;
alter table check_in_agreement add constraint FK2vlwprhm8hhqlnhpw8kkpnrs8 foreign key (member_id) references network_member;
alter table check_in_agreement add constraint FKs6lb016cu3nm5lmjf5oe06mq9 foreign key (person_id) references person;
alter table check_in_agreement add constraint FKhbp8abcgnvlfxpfh7udw6uhu9 foreign key (plan_id) references safety_plan;
alter table check_in_agreement_aud add constraint FKj5lb6tioy4t4gvwu6yy4wyjr2 foreign key (rev) references revision;
alter table check_in_aud add constraint FKeo8w7evejjssll01qtuu3h2sk foreign key (rev) references revision;
alter table contact_link add constraint FK3mp5qc4cvl95d6icki95q3c2j foreign key (family_id) references family;
alter table contact_link add constraint FK5a9ly75jffy7o6ecaft4ftpfc foreign key (member_id) references network_member;
alter table contact_link add constraint FK10nr3b8nfsx01an0sy1g8amdg foreign key (person_id) references person;
alter table contact_link_aud add constraint FKrd5t6megv787l3giww5litfgw foreign key (rev) references revision;
alter table emergency_contact add constraint FKmycvkhulagj98vby9gheclnl5 foreign key (plan_id) references safety_plan;
alter table emergency_contact_aud add constraint FKgwa39nfqf5bw5f0kyspcunyf1 foreign key (rev) references revision;
alter table family_aud add constraint FK3bww915j4m321ekubmv9pa4gb foreign key (rev) references revision;
alter table home_agreement add constraint FKpxchfmfmajufqsy1928puypth foreign key (family_id) references family;
alter table home_agreement_aud add constraint FKcsbqc7cp9pepuneu03jwrm56s foreign key (rev) references revision;
alter table network_member add constraint FKlqux314h1uinb3nl9q88fofj5 foreign key (family_id) references family;
alter table network_member_aud add constraint FK5xw4vnnxhuue8drqkgrfrb9ji foreign key (rev) references revision;
alter table network_member_channel add constraint FK5jed6ap6nosm18hae1430ajuw foreign key (member_id) references network_member;
alter table network_member_channel_aud add constraint FKmwup5ahke29lmlqmhgs2p4ucw foreign key (rev) references revision;
alter table network_member_role add constraint FKedaos9hq3ahw5v8ymm8up6s31 foreign key (member_id) references network_member;
alter table network_member_role_aud add constraint FK7ea1png4j3g6pu574auqanirj foreign key (rev) references revision;
alter table person add constraint FKcie85gmou5vftruh12obynpu8 foreign key (family_id) references family;
alter table person_aud add constraint FKc5na6emj2l0ir751jxn1bl3ix foreign key (rev) references revision;
alter table plan_review add constraint FK52lccd0k2dwpee7kmmd7wtsqa foreign key (plan_id) references safety_plan;
alter table plan_review_aud add constraint FKkae2ip49h979wfs08nojxjr9e foreign key (rev) references revision;
alter table private_time add constraint FK1fae0jh6ff6fh44wysjmfjlvy foreign key (agreement_id) references home_agreement;
alter table private_time add constraint FKqdqsafjlg7wxqqaphsqjby9ea foreign key (person_id) references person;
alter table private_time add constraint FKeo21i9pgvhtqdv85wef0l3wrw foreign key (room_id) references room;
alter table private_time_aud add constraint FKgioeh4h75o4re6luyr496doq9 foreign key (rev) references revision;
alter table private_time_day add constraint FKlko0x6l4qychke7yljuiyghhj foreign key (private_time_id) references private_time;
alter table private_time_day_aud add constraint FKpbv9wg7wuf3ff6mtosxgufh4w foreign key (rev) references revision;
alter table respect_rule add constraint FK7dn4wutjogpiocsglmtav7flg foreign key (agreement_id) references home_agreement;
alter table respect_rule_aud add constraint FKcxuvxowyks21u8o24jggx4j8v foreign key (rev) references revision;
alter table risk_factor add constraint FKffpjxvkr22dij0ij7hv4mkmvv foreign key (plan_id) references safety_plan;
alter table risk_factor_aud add constraint FK5xlvako18dcitwrmi2jttueu3 foreign key (rev) references revision;
alter table room add constraint FKp52sshxb07n0s0gbejkqio758 foreign key (agreement_id) references home_agreement;
alter table room_aud add constraint FKdj877awwfxjqh2d9vhw1lids9 foreign key (rev) references revision;
alter table safe_place add constraint FK36jcqes20tpv86655a1c5kb2y foreign key (plan_id) references safety_plan;
alter table safe_place_aud add constraint FKnl6s9upkbuajlao3otwcyvy2 foreign key (rev) references revision;
alter table safe_place_confidential_from add constraint FKth4j8ggk4svk8jt1l012v2m1t foreign key (person_id) references person;
alter table safe_place_confidential_from add constraint FK78le3y1mvbc84h7t64w30kg31 foreign key (place_id) references safe_place;
alter table safe_place_confidential_from_aud add constraint FKr1enspnkm9r5evjb1l0gq30dj foreign key (rev) references revision;
alter table safe_place_thing add constraint FKjxchbk2b2wtkp39w2d0alpfu2 foreign key (place_id) references safe_place;
alter table safe_place_thing_aud add constraint FKnydx0x0u7rxpplnkmjg1pugo5 foreign key (rev) references revision;
alter table safety_plan add constraint FKad40u9gqb5xhq9g4vn9ettmve foreign key (family_id) references family;
alter table safety_plan_aud add constraint FK3rp4pw02jgelivft1n2eanq2r foreign key (rev) references revision;
alter table safety_score add constraint FKg1kt4hpwlpnw9jgn8b805u4x3 foreign key (person_id) references person;
alter table safety_score add constraint FKp8kde786m1r1pg8xgq1n4wc01 foreign key (review_id) references plan_review;
alter table safety_score_aud add constraint FKte9uvmk2l43d08omiwmrlfnao foreign key (rev) references revision;
alter table signal add constraint FK48se7f1it975ls253n0s0h7t4 foreign key (plan_id) references safety_plan;
alter table signal_aud add constraint FK4gewwg0w9880u7pt2bxaeqkfp foreign key (rev) references revision;
alter table signal_channel add constraint FK7qwi3vu5vfv9g3x4n5wax13nh foreign key (signal_id) references signal;
alter table signal_channel_aud add constraint FKf9ryo45vojosj15t8m321xtto foreign key (rev) references revision;
alter table signal_confidential_from add constraint FK1elucxrhe6ix6jho44k1t0u4w foreign key (person_id) references person;
alter table signal_confidential_from add constraint FK4f2oamlbaldt0low8xulljm62 foreign key (signal_id) references signal;
alter table signal_confidential_from_aud add constraint FK4j7x5w78pamp9thq0f5r0om1r foreign key (rev) references revision;
alter table signal_response add constraint FKgrc5qm1up5vkqapkj8l4o7xd2 foreign key (receiver_id) references network_member;
alter table signal_response add constraint FKcwl3gyvwfpq9dx2h2jip2o18m foreign key (signal_id) references signal;
alter table signal_response_aud add constraint FKajk4i9nyko0xw1pq020owesxe foreign key (rev) references revision;
alter table signal_sender add constraint FK794vl1r95h1q1p8k0g76ymvu3 foreign key (person_id) references person;
alter table signal_sender add constraint FKbtthhelbx8q4eyqb6p355o22c foreign key (signal_id) references signal;
alter table signal_sender_aud add constraint FKef4d9f3aplwlwhamb8ju4lfej foreign key (rev) references revision;
alter table time_out_place add constraint FK4j6e79eq535qc1e47pa4guxkw foreign key (person_id) references person;
alter table time_out_place add constraint FKj33e7hsu9ky76393wfm19pn1q foreign key (room_id) references room;
alter table time_out_place add constraint FKgdqj86uvukqyoxdbnnhdv6k81 foreign key (rule_id) references time_out_rule;
alter table time_out_place_aud add constraint FKpbv5iw529pl51ryknkbjau32x foreign key (rev) references revision;
alter table time_out_rule add constraint FK2r1ax0oybudk5v7cafge6kpm3 foreign key (agreement_id) references home_agreement;
alter table time_out_rule add constraint FKt1vhkuj6sn44r0vmgfbad5p2s foreign key (children_cared_by_id) references person;
alter table time_out_rule add constraint FKk4gdwce3ray1py8hg4fafa0dq foreign key (responsible_adult_id) references person;
alter table time_out_rule_aud add constraint FKpsg79194dcpbcj16jyf9v1rut foreign key (rev) references revision;
alter table time_out_use add constraint FKir5se83a6bh0c7fq2nrm11914 foreign key (agreement_id) references home_agreement;
alter table time_out_use add constraint FKio5n0hsxeqc1plo1phej2euun foreign key (called_by_id) references person;
alter table time_out_use_aud add constraint FKrnyfyo6mg2vay7ymb5o7jrrvi foreign key (rev) references revision;
alter table warning_sign add constraint FKrmbqx5jh86hl0qxud1a0o859r foreign key (person_id) references person;
alter table warning_sign add constraint FKl4ww940d58meirbwulvwtv8qh foreign key (plan_id) references safety_plan;
alter table warning_sign_aud add constraint FK2nb6qhoek00y770p4faill6g3 foreign key (rev) references revision;
