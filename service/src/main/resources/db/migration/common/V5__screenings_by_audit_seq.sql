-- audit verify walks the screening events in order and looks up each one's screening.
create index screenings_audit_seq on screenings (audit_seq);
