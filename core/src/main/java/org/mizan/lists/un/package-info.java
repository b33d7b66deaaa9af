/**
 * The UN Security Council Consolidated List, official XML (root {@code CONSOLIDATED_LIST}, schema
 * {@code https://www.un.org/sc/resources/sc-sanctions.xsd}), as published at {@code
 * https://scsanctions.un.org/resources/xml/en/consolidated.xml}.
 *
 * <p>Entry type: {@link org.mizan.lists.un.UnListParser}, streaming StAX with DTDs and external
 * entities disabled, through the shared {@link org.mizan.lists.xml.XmlCursor}. Behind it: {@code
 * EntryReader} (one record to a {@code ListEntry}), and the pure rules {@code Dates}, {@code
 * Genders} and {@code AliasNames}. Depends on {@code model}, {@code lists} and {@code lists.xml}
 * only; opens no files.
 */
package org.mizan.lists.un;
