-- Screening for the hits alone (hits_only=true): no match below the alert threshold was looked
-- for, so a stored screening says so. Every screening stored before was of every match from the
-- reporting floor.
alter table screenings add column hits_only boolean default false not null;
