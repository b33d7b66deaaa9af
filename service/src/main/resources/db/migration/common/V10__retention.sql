-- Retention and masking (issue #8). Each screening's retention category (api, pnr, clean, alerts)
-- is fixed when it is stored. Masking (masked_at) hides a screening's subject from the API; the
-- data stays, for an audited unmask. Reduction (reduced_at) drops a clean screening's matches and
-- keeps their SHA-256, to which the record hash of its audit event commits, so that the reduced
-- record still checks against its event. Deletion removes the row: the audit trail's retention
-- events say which screenings were due.
alter table screenings add column category varchar(20);
alter table screenings add column matches_sha256 char(64);
alter table screenings add column masked_at varchar(32);
alter table screenings add column reduced_at varchar(32);
alter table screenings alter column matches drop not null;
create index screenings_category_at on screenings (category, at);
