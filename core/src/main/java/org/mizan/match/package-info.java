/**
 * Scoring: a subject and one candidate list entry in, a score in [0, 1] with its explanation out.
 *
 * <p>Entry type: {@link org.mizan.match.Matcher}. Scoring is a table of named, weighted features ;
 * every score carries the feature scores that made it, with the values compared. Depends on {@code
 * names} and {@code model}; never on {@code index} or {@code lists}.
 */
package org.mizan.match;
