-- CRI-2: who decides priorities for which kind of resource in a crisis.
create table decision_right (
    crisis     bigint      not null references crisis (id) on delete cascade,
    list_index integer     not null,
    resource   varchar(20) not null,
    party      varchar(20) not null references party (code),
    role       varchar(30) not null,
    primary key (crisis, list_index)
);
