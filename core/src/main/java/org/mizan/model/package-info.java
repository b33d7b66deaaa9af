/**
 * The values Mizan reasons about: list entries with their names and evidence, list versions, and
 * the subjects that are screened.
 *
 * <p>Entry types: {@link org.mizan.model.ListEntry}, {@link org.mizan.model.Watchlist}, {@link
 * org.mizan.model.Subject}. Every type here is an immutable record or enum, validated when built.
 * This package is a leaf: it depends on nothing else in Mizan and on no third-party library.
 */
package org.mizan.model;
