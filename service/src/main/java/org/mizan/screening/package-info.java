/**
 * The screening use case: subjects in, ranked and explained matches against the lists in force out.
 *
 * <p>Entry type: {@link org.mizan.screening.Screening}. Also reads batch input (CSV, JSONL) into
 * subjects. Depends on {@code core}; never on {@code cli} or {@code app}.
 */
package org.mizan.screening;
