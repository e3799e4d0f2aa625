-- A compact's monitoring data version: raised in the same transaction as every write that changes what its public
-- figures are made of (values reported, verified, disputed, re-opened; a calendar opened). A node keeps a figure
-- computed from one version and computes it again once the version has moved, so figures are live on every node
-- without a batch rebuild.
create table monitoring_version (
    compact varchar(30) primary key,
    version bigint      not null
);
