-- Red lines for requests for assistance (ASSISTANCE_REQUEST) and stock levels (STOCK_LEVEL).
alter table assistance_request add column classification varchar(20) default 'PARTNERS' not null;

-- How widely a party's stock levels are shown, for every lot it owns wherever it is stored; PARTNERS when unset.
create table stock_visibility (
    owner_party    varchar(20)  not null primary key references party (code),
    classification varchar(20)  not null,
    set_at         timestamp with time zone not null,
    set_by         varchar(100) not null
);
