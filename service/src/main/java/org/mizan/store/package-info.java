/**
 * The data directory: stored versions of each list, which one is current, and the atomic update
 * that replaces it ({@code mizan lists update}).
 *
 * <p>Layout under the data directory (default {@code ~/.mizan}):
 *
 * <pre>
 * lists/&lt;source&gt;/current                 which version is current (JSON, replaced atomically)
 * lists/&lt;source&gt;/versions/&lt;sha256&gt;/      the list's files exactly as received
 * lists/&lt;source&gt;/versions/&lt;sha256&gt;.json  that version's source, publication, entries, install time
 * staging/                                 files being received and validated (same file system)
 * update.lock                              held while an update runs
 * </pre>
 */
package org.mizan.store;
