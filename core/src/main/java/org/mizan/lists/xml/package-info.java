/**
 * The XML walk the list parsers in XML share: {@link org.mizan.lists.xml.XmlCursor}, a forward-only
 * StAX cursor hardened against hostile input (no DTD, no external entity), which hashes and
 * strictly decodes the bytes it reads and keeps element paths for error messages; the values it
 * reads ({@link org.mizan.lists.xml.Field}, {@link org.mizan.lists.xml.Group}); and the XML Schema
 * dates and date-times ({@link org.mizan.lists.xml.XsdDates}).
 *
 * <p>Used by {@code lists.un}, {@code lists.ofac} (the {@code sdnList} XML), {@code lists.eu} and
 * {@code lists.uk}; knows no list format. Depends on {@code lists} ({@code ListFormatException},
 * {@code StrictUtf8Reader}, {@code Sha256Input}) and the JDK only.
 */
package org.mizan.lists.xml;
