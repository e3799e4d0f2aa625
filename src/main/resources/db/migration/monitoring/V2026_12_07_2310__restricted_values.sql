-- A party may classify a submission RESTRICTED (or PARTNERS) until it is verified: until then only the parties its
-- red line for indicator reports admits read it, and public counts leave it out; once verified, it is published.
alter table value_submission add column classification varchar(20) default 'PUBLIC' not null;
