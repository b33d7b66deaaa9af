-- The list versions the service screens against, so that a change of version between two starts
-- is an audit event (list-changed) with the old and the new version.
create table lists_in_force (
  source varchar(200) primary key,
  published varchar(100) not null,
  sha256 char(64) not null,
  since varchar(32) not null
);
