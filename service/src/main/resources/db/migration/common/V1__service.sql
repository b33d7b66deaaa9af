-- Mizan service store: one migration set for H2 (MODE=PostgreSQL) and PostgreSQL.
-- Times are ISO-8601 UTC text to the microsecond (yyyy-MM-ddTHH:mm:ss.SSSSSSZ): they sort as
-- text, read the same on both databases and enter the audit hash unchanged.

create table users (
  name varchar(100) primary key,
  role varchar(20) not null,
  password_hash varchar(200) not null,
  created_at varchar(32) not null
);

create table api_keys (
  key_id char(12) primary key,
  name varchar(100) not null unique,
  role varchar(20) not null,
  key_hash varchar(200) not null,
  created_at varchar(32) not null
);

-- The head of the audit chain: one row, locked by every writer so that seq has no gaps.
create table audit_head (
  id int primary key,
  seq bigint not null,
  hash char(64) not null
);
insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_events (
  seq bigint primary key,
  at varchar(32) not null,
  actor varchar(120) not null,
  action varchar(40) not null,
  target varchar(200) not null,
  reason varchar(2000) not null,
  details varchar(100000) not null,
  previous_hash char(64) not null,
  hash char(64) not null unique
);

create table screenings (
  id char(36) primary key,
  at varchar(32) not null,
  actor varchar(120) not null,
  channel varchar(20) not null,
  subject varchar(1000000) not null,
  lists varchar(100000) not null,
  matches varchar(1000000) not null,
  threshold double precision not null,
  hits int not null,
  alert_id char(36),
  audit_seq bigint not null references audit_events (seq)
);
create index screenings_at on screenings (at);

create table alerts (
  id char(36) primary key,
  screening_id char(36) not null references screenings (id),
  state varchar(20) not null,
  hits int not null,
  created_at varchar(32) not null
);
create index alerts_state on alerts (state, created_at);
