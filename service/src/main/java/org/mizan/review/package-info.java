/**
 * Alert review: a person answers every hit. Dispositions ({@code true-match}, {@code
 * false-positive}, {@code escalated}) with a mandatory reason; four-eyes (a true match, and the
 * closing of an escalated hit, take effect only when a second person with the supervisor role
 * confirms them; the same person is never both); the alert's state ({@code open → in-review →
 * closed}) follows from its decisions.
 *
 * <p>A confirmed true match on the ISIL (Da'esh) &amp; Al-Qaida Sanctions List creates the
 * follow-up tasks of resolution 2178 (2014) ({@link org.mizan.review.FollowUps}): records with due
 * dates and a status that people close ({@link org.mizan.review.TaskReview}); Mizan sends nothing.
 *
 * <p>Entry types: {@link org.mizan.review.AlertReview} and {@link org.mizan.review.TaskReview} (the
 * use cases) over the ports {@link org.mizan.review.Alerts} (which opens an escalation's case, and
 * stores a confirmation's tasks, with it) and {@link org.mizan.review.Tasks}; every decision and
 * task change is an audit event. Depends on {@code access} (who decides), {@code audit} and the
 * core's list model; knows nothing of HTTP or SQL.
 */
package org.mizan.review;
