-- The good-guy list (issue #8): a false-positive decision on (subject, list entry) suppresses that
-- pair in later screenings while the subject's data and the entry's content are the same (both
-- by hash), never by time.
create table good_guys (
  subject_key char(64) not null,
  source varchar(200) not null,
  entry varchar(200) not null,
  entry_sha256 char(64) not null,
  decision_id varchar(64) not null,
  created_at varchar(32) not null,
  primary key (subject_key, source, entry, entry_sha256)
);
