-- Idempotency-Key on API POSTs: the first response to a key is kept for 24 hours and answered again to a retry of
-- the same request, so that a retry on a bad network never creates twice.
create table idempotent_request (
    owner         varchar(120)    not null,
    idem_key      varchar(200)    not null,
    request       varchar(400)    not null,
    request_hash  varchar(64)     not null,
    status        integer         not null,
    content_type  varchar(200),
    location      varchar(1000),
    body          varchar(1000000),
    created_at    timestamp with time zone not null,
    primary key (owner, idem_key)
);
create index idempotent_request_by_age on idempotent_request (created_at);
