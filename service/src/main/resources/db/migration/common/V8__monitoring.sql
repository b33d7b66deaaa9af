-- Monitored subjects (issue #8): subjects registered to be re-screened whenever a new list
-- version comes into force, against the entries added and changed since the version before.
-- subject is the subject as screened (JSON: name, dob, nationality, gender, document, kind); it is
-- cleared when monitoring ends, leaving the subject_key (SHA-256 of the screened fields).
create table monitored_subjects (
  id char(36) primary key,
  reference varchar(200) not null,
  subject varchar(100000),
  subject_key char(64) not null,
  registered_by varchar(120) not null,
  registered_at varchar(32) not null,
  ended_by varchar(120),
  ended_at varchar(32)
);
create index monitored_subjects_active on monitored_subjects (ended_at, id);
create index monitored_subjects_reference on monitored_subjects (reference, ended_at);

-- The hits each monitored subject has raised, by the entry's content: a re-screening raises an
-- alert only for a hit not raised before on the same content of the same entry. screening_id names
-- the screening that raised it; retention may delete that screening, the hit stays known.
create table monitored_hits (
  subject_id char(36) not null references monitored_subjects (id),
  source varchar(200) not null,
  entry varchar(200) not null,
  entry_sha256 char(64) not null,
  screening_id char(36) not null,
  primary key (subject_id, source, entry, entry_sha256)
);
