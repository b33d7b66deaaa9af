-- Alert review (issue #8): assignment, decisions with four-eyes confirmation, cases opened by
-- escalations (a case's id is its escalation's). An alert's hits are the matches of its
-- screening marked as hits.
alter table alerts add column assigned_to varchar(120);

create table decisions (
  id varchar(64) primary key,
  alert_id char(36) not null references alerts (id),
  position int not null,
  source varchar(200) not null,
  entry varchar(200) not null,
  disposition varchar(20) not null,
  reason varchar(2000) not null,
  decided_by varchar(120) not null,
  decided_at varchar(32) not null,
  confirmed_by varchar(120),
  confirmed_at varchar(32),
  confirm_reason varchar(2000),
  subject_key char(64) not null
);
create index decisions_alert on decisions (alert_id, position);

create table cases (
  id varchar(64) primary key,
  alert_id char(36) not null references alerts (id),
  source varchar(200) not null,
  entry varchar(200) not null,
  opened_by varchar(120) not null,
  opened_at varchar(32) not null,
  reason varchar(2000) not null,
  state varchar(20) not null
);
