-- CORE-4: the hash-chained audit trail. audit_head holds the chain's tip; locking it serialises appends.
create table audit_head (
    id        integer primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_entry (
    seq         bigint primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(100) not null,
    party       varchar(20),
    action      varchar(100) not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(100) not null,
    summary     varchar(500) not null,
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_action on audit_entry (action);
create index audit_entry_time on audit_entry (occurred_at);
