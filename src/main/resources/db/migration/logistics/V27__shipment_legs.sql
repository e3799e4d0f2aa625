-- CRI-5: a shipment's legs, as the network stood when its plan was approved: each link's mode and hours, so that the
-- expected arrival at each node follows the plan even if a link is edited later. A draw keeps the links its route
-- takes, since two nodes may be joined by road and by air. (No foreign key to the link: the leg keeps what it was.)
alter table allocation_draw add column links varchar(2000);

create table shipment_leg (
    shipment      bigint           not null references shipment (id) on delete cascade,
    list_index    integer          not null,
    link          bigint,
    from_node     varchar(40)      not null,
    to_node       varchar(40)      not null,
    mode          varchar(10)      not null,
    transit_hours double precision not null,
    delay_hours   double precision not null,
    primary key (shipment, list_index)
);
