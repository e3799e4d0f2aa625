-- Scheduled work that must run on one node at a time when several run (the nightly trigger evaluation): a node holds
-- a lock by moving held_until forward, only if it has passed; the lease ends by itself if the node dies.
create table node_lock (
    name       varchar(100) primary key,
    held_until timestamp with time zone not null,
    held_by    varchar(200) not null
);
