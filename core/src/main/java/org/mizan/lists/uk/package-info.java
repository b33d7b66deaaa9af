/**
 * The UK Sanctions List (FCDO), official XML (root {@code Designations}), as published at {@code
 * https://www.gov.uk/government/publications/the-uk-sanctions-list}.
 *
 * <p>Entry type: {@link org.mizan.lists.uk.UkSanctionsListParser}, streaming StAX through the
 * shared {@link org.mizan.lists.xml.XmlCursor}. Behind it: {@code DesignationReader} (one {@code
 * Designation} to a {@code ListEntry}) and the pure date rules {@code UkDates}. Depends on {@code
 * model}, {@code lists} and {@code lists.xml} only; opens no files.
 */
package org.mizan.lists.uk;
