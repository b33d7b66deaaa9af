/**
 * The UN Security Council Consolidated List, official XML (root {@code CONSOLIDATED_LIST}, schema
 * {@code https://www.un.org/sc/resources/sc-sanctions.xsd}).
 *
 * <p>Entry type: {@link org.mizan.lists.un.UnListParser}, streaming StAX with DTDs and external
 * entities disabled. Depends on {@code model} and {@code lists} only.
 */
package org.mizan.lists.un;
