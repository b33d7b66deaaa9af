/**
 * The screening index over the lists in force: retrieval of the entries that may match a subject
 * and their scoring ({@link org.mizan.match.CandidateIndex}), ranking and limits.
 *
 * <p>Entry type: {@link org.mizan.index.ScreeningIndex}, immutable once built and shared by all
 * threads. Depends on {@code match}, {@code names} and {@code model}.
 */
package org.mizan.index;
