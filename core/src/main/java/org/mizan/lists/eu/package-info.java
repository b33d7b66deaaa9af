/**
 * The EU Financial Sanctions Files (FSF): the consolidated list of persons, groups and entities
 * subject to EU financial sanctions, XML format 1.1 (root {@code export}, namespace {@code
 * http://eu.europa.ec/fpi/fsd/export}), as the European Commission publishes it at {@code
 * https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content}.
 *
 * <p>Entry type: {@link org.mizan.lists.eu.EuFsfParser}, streaming StAX with DTDs and external
 * entities disabled (the walk: {@link org.mizan.lists.xml.XmlCursor}). Behind it: {@code
 * SanctionEntityReader} (one {@code sanctionEntity} to a {@code ListEntry}). Depends on {@code
 * model}, {@code lists} and {@code lists.xml} only; opens no files.
 */
package org.mizan.lists.eu;
