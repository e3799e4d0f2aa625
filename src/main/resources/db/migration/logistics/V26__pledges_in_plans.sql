-- CRI-4/CRI-5: a pledge to procure that names the warehouse it will arrive at is offered to allocation plans as stock
-- available from its date; what approved plans hold of it is reserved on the pledge until the goods are received.
alter table pledge add column reserved double precision not null default 0;
alter table pledge add constraint pledge_reserved_within check (reserved >= 0 and reserved <= quantity + 0.000001);
