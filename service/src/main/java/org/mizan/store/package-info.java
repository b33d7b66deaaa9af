/**
 * Persistence: the data directory's list versions ({@link org.mizan.store.ListStore}, with the
 * atomic update behind {@code mizan lists update}) and the service's database ({@link
 * org.mizan.store.Database}: users, API keys, screenings, alerts and the audit trail, through Jdbi
 * over H2 or PostgreSQL, schema by Flyway migrations under {@code db/migration}).
 *
 * <p>Layout under the data directory (default {@code ~/.mizan}):
 *
 * <pre>
 * lists/&lt;source&gt;/current                 which version is current (JSON, replaced atomically)
 * lists/&lt;source&gt;/versions/&lt;sha256&gt;/      the list's files exactly as received
 * lists/&lt;source&gt;/versions/&lt;sha256&gt;.json  that version's source, publication, entries, install time
 * staging/                                 files being received and validated (same file system)
 * update.lock                              held while an update runs
 * store/mizan.mv.db                        the embedded database (when no --db is given)
 * </pre>
 */
package org.mizan.store;
