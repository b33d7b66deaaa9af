/**
 * Candidate retrieval: cheap, high-recall look-up of the entries that may match a subject, over
 * keys built by the {@code names} pipeline, followed by scoring with {@code match}.
 *
 * <p>Entry type: {@link org.mizan.index.ScreeningIndex}, immutable once built and shared by all
 * threads. Depends on {@code match}, {@code names} and {@code model}.
 */
package org.mizan.index;
