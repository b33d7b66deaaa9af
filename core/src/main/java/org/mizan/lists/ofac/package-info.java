/**
 * The OFAC lists (US Treasury), as published at {@code https://www.treasury.gov/ofac/downloads/}
 * and {@code https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/}: the SDN
 * list in its legacy CSV form ({@code sdn.csv} with its optional {@code alt.csv} and {@code
 * add.csv}), and the SDN and Consolidated (non-SDN) lists in their {@code sdnList} XML form.
 *
 * <p>Entry types: {@link org.mizan.lists.ofac.OfacSdnCsvParser}, with the inputs {@link
 * org.mizan.lists.ofac.CsvInput} and {@link org.mizan.lists.ofac.SdnFiles}; {@link
 * org.mizan.lists.ofac.OfacXmlParser}. Behind them: {@code CsvRecords} (the records of one CSV
 * file, streamed by the shared {@link org.mizan.lists.CsvCursor}), {@code SdnEntryReader} (one XML
 * entry to a {@code ListEntry}), and the pure rules {@code Remarks} (the CSV's remarks), {@code
 * IdTypes} (the XML's {@code idType}s; document types for both forms) and {@code BirthDates} (both
 * forms). Depends on {@code model}, {@code lists} and {@code lists.xml} only; opens no files.
 */
package org.mizan.lists.ofac;
