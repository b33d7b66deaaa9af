/**
 * Alert review: a person answers every hit. Dispositions ({@code true-match}, {@code
 * false-positive}, {@code escalated}) with a mandatory reason; four-eyes (a true match, and the
 * closing of an escalated hit, take effect only when a second person with the supervisor role
 * confirms them; the same person is never both); the alert's state ({@code open → in-review →
 * closed}) follows from its decisions.
 *
 * <p>Entry type: {@link org.mizan.review.AlertReview} (the use case) over the port {@link
 * org.mizan.review.Alerts} (which opens an escalation's case with it); every decision is an audit
 * event. Depends on {@code access} (who decides) and {@code audit}; knows nothing of HTTP or SQL.
 */
package org.mizan.review;
