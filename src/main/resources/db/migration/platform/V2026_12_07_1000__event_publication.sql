-- Events between modules: Spring Modulith's event publication registry (its schema v2), an outbox in the same
-- database. A publication is written in the transaction that publishes the event and completed when its listener
-- has run; one that is not completed is published again after a restart.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener_and_event on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
