-- Follow-up tasks (issue #8): a confirmed true match on the ISIL (Da'esh) & Al-Qaida Sanctions
-- List creates, with its confirmation, the notifications and checks of resolution 2178 (2014)
-- (confirm through the INTERPOL NCB, notify the 1267 Committee, notify the states of residence or
-- nationality). Ids and codes only: the person's data stays in the screening. Times are ISO-8601
-- UTC text; a task is open until closed as done or cancelled, with who, when and why.
create table follow_up_tasks (
  id varchar(64) primary key,
  alert_id char(36) not null references alerts (id),
  decision_id varchar(64) not null references decisions (id),
  source varchar(200) not null,
  entry varchar(200) not null,
  kind varchar(40) not null,
  addressee varchar(40) not null,
  basis varchar(40) not null,
  due_at varchar(32) not null,
  status varchar(20) not null,
  created_by varchar(120) not null,
  created_at varchar(32) not null,
  closed_by varchar(120),
  closed_at varchar(32),
  close_reason varchar(2000),
  constraint follow_up_tasks_once unique (decision_id, kind, addressee)
);
create index follow_up_tasks_due on follow_up_tasks (due_at, kind, addressee, id);
create index follow_up_tasks_alert on follow_up_tasks (alert_id);
