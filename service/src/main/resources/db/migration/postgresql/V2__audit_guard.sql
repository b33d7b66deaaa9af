-- The audit trail is append-only: no row is ever changed or removed, whatever the role's
-- privileges (a trigger binds the table's owner and superusers too).
create function mizan_audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit events are append-only: % refused', tg_op;
end;
$$;

create trigger audit_events_append_only before update or delete on audit_events
  for each row execute function mizan_audit_append_only();

create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function mizan_audit_append_only();

revoke update, delete, truncate on audit_events from public;
