/**
 * The screening use case: subjects in, ranked and explained matches against the lists in force out.
 *
 * <p>Entry type: {@link org.mizan.screening.Screening}. Batch input (CSV, JSONL) is read into
 * subjects by {@link org.mizan.screening.SubjectReader}, which streams row by row. Depends on
 * {@code core}; never on {@code cli} or {@code app}.
 */
package org.mizan.screening;
