/**
 * The UN Security Council Consolidated List, official XML (root {@code CONSOLIDATED_LIST}, schema
 * {@code https://www.un.org/sc/resources/sc-sanctions.xsd}).
 *
 * <p>Entry type: {@link org.mizan.lists.un.UnListParser}, streaming StAX with DTDs and external
 * entities disabled (the walk and its errors: {@link org.mizan.lists.xml.XmlCursor}). Behind it:
 * {@code EntryReader} (one record to a {@code ListEntry}), and the pure rules {@code Dates}, {@code
 * Genders} and {@code AliasNames}. Depends on {@code model}, {@code lists} and {@code lists.xml}
 * only.
 */
package org.mizan.lists.un;
