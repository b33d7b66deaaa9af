/**
 * Reading list XML safely, shared by the XML list parsers ({@code un}, {@code ofac}, {@code eu}).
 *
 * <p>Entry type: {@link org.mizan.lists.xml.XmlCursor}, a forward-only StAX walk over one file that
 * decodes strict UTF-8 ({@code StrictUtf8Reader}, exact position of a bad byte), refuses any {@code
 * DOCTYPE}, names the element path in every error and computes the SHA-256 of the bytes read; with
 * the values it reads, {@link org.mizan.lists.xml.Field} and {@link org.mizan.lists.xml.Group}.
 * Depends on {@code lists} only; knows no list format.
 */
package org.mizan.lists.xml;
