/**
 * The XML walk the list parsers in XML share: {@link org.mizan.lists.xml.XmlCursor}, a forward-only
 * StAX cursor hardened against hostile input (no DTD, no external entity), which keeps element
 * paths for error messages, and the values it reads ({@link org.mizan.lists.xml.Field}, {@link
 * org.mizan.lists.xml.Group}).
 *
 * <p>Used by {@code lists.un} and {@code lists.uk}; knows no list format. Depends on {@code lists}
 * ({@code ListFormatException}, {@code StrictUtf8Reader}) and the JDK only.
 */
package org.mizan.lists.xml;
