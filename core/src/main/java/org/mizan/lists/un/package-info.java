/**
 * The UN Security Council Consolidated List, official XML (root {@code CONSOLIDATED_LIST}, schema
 * {@code https://www.un.org/sc/resources/sc-sanctions.xsd}).
 *
 * <p>Entry type: {@link org.mizan.lists.un.UnListParser}, streaming StAX with DTDs and external
 * entities disabled. Behind it: {@link org.mizan.lists.StrictUtf8Reader} (bytes to text, exact
 * position of bad bytes), {@code XmlCursor} (the element walk and its errors), {@code EntryReader}
 * (one record to a {@code ListEntry}), and the pure rules {@code Dates} and {@code Genders}.
 * Depends on {@code model} and {@code lists} only.
 */
package org.mizan.lists.un;
