/**
 * Retention and masking of stored personal data (issue #8): per data category a period after which
 * stored screenings are masked, reduced or deleted, run by the service at start and daily, and the
 * supervisor's audited unmask.
 *
 * <p>Entry types: {@link org.mizan.retention.RetentionPolicy} (the periods, from configuration),
 * {@link org.mizan.retention.Retention} (the job and the unmask) and {@link
 * org.mizan.retention.RetentionStore} (the port the store implements). Depends on the audit trail,
 * access and the screening port; never on {@code store}, {@code api}, {@code cli} or {@code app}.
 */
package org.mizan.retention;
