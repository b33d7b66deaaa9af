/**
 * The OFAC lists (US Treasury), as published at {@code https://www.treasury.gov/ofac/downloads/}
 * and {@code https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/}: the SDN
 * list in its legacy CSV form ({@code sdn.csv} with its optional {@code alt.csv} and {@code
 * add.csv}), and the SDN and Consolidated (non-SDN) lists in their {@code sdnList} XML form.
 *
 * <p>Entry types: {@link org.mizan.lists.ofac.OfacSdnCsvParser}, with the inputs {@link
 * org.mizan.lists.ofac.CsvInput} and {@link org.mizan.lists.ofac.SdnFiles}; {@link
 * org.mizan.lists.ofac.OfacXmlParser}. Behind them: {@code CsvRecords} (a strict RFC 4180 splitter,
 * since core has no CSV library), {@code SdnEntryReader} (one XML entry to a {@code ListEntry}),
 * and the pure rules {@code Remarks}, {@code BirthDates} (shared by both forms) and {@code
 * IdTypes}. Depends on {@code model}, {@code lists} and {@code lists.xml} only; opens no files.
 */
package org.mizan.lists.ofac;
