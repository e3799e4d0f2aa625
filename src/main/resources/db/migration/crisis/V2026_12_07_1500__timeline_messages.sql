-- Timeline entries Entente writes keep their message and arguments, so each reader sees them in their language.
alter table crisis_event add column message_key varchar(60);
alter table crisis_event add column message_args varchar(2000);
