-- A request that needs several decision rights is approved by each right's holder for its kinds of resources; it is
-- approved once every kind is. One row per kind decided.
create table request_decision (
    request    bigint      not null references assistance_request (id) on delete cascade,
    resource   varchar(20) not null,
    party      varchar(20) not null references party (code),
    decided_by varchar(100) not null,
    decided_at timestamp with time zone not null,
    primary key (request, resource)
);
