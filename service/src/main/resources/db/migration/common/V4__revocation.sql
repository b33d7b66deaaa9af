-- Keys are revoked and users disabled, never deleted: the audit trail names them, and a name is
-- never given to someone else.
alter table api_keys add column revoked_at varchar(32);
alter table users add column disabled_at varchar(32);
