-- The audit trail is append-only: no row is ever changed or removed, by anyone.
create trigger audit_events_append_only before update, delete on audit_events
  for each row call 'org.mizan.store.AppendOnlyTrigger';
