-- CORE-1: parties and their focal points.
create table party (
    code              varchar(20) primary key,
    kind              varchar(30)  not null,
    name              varchar(200) not null,
    short_name        varchar(40),
    region            varchar(100),
    working_languages varchar(100) not null default '',
    interests         varchar(2000),
    influence         varchar(10),
    version           bigint       not null,
    registered_at     timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create table focal_point (
    party_code     varchar(20)  not null references party (code) on delete cascade,
    list_index     integer      not null,
    name           varchar(120) not null,
    function       varchar(120) not null,
    email          varchar(200),
    phone          varchar(40),
    languages      varchar(100) not null default '',
    last_confirmed date,
    primary key (party_code, list_index)
);
