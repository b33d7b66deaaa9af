/**
 * The tamper-evident audit trail: every screening, list change, login, decision and data export is
 * an {@link org.mizan.audit.AuditEvent} carrying the SHA-256 of the event before it, so that a
 * changed, removed or inserted event breaks the chain at a position {@link
 * org.mizan.audit.AuditChain#verify} names.
 *
 * <p>Entry types: {@link org.mizan.audit.AuditLog} (the port the store implements) and {@link
 * org.mizan.audit.AuditChain} (pure hashing and checking). Depends on nothing else of the service.
 */
package org.mizan.audit;
