/**
 * The OFAC SDN list (US Treasury), legacy CSV form: {@code sdn.csv} with its optional {@code
 * alt.csv} and {@code add.csv}, as published at {@code https://www.treasury.gov/ofac/downloads/}.
 *
 * <p>Entry type: {@link org.mizan.lists.ofac.OfacSdnCsvParser}, with the inputs {@link
 * org.mizan.lists.ofac.CsvInput} and {@link org.mizan.lists.ofac.SdnFiles}. Behind it: {@code
 * CsvRecords} (a strict RFC 4180 splitter, since core has no CSV library), and the pure rules
 * {@code Remarks} and {@code BirthDates} that read the free-text remarks. Depends on {@code model}
 * and {@code lists} only; opens no files.
 */
package org.mizan.lists.ofac;
