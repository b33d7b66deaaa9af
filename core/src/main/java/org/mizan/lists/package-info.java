/**
 * List parsers: bytes of an official list file in, a completely parsed {@link
 * org.mizan.model.Watchlist} out, or a {@link org.mizan.lists.ListFormatException} naming where the
 * file is wrong. Nothing half-parsed is ever returned.
 *
 * <p>Entry type: {@link org.mizan.lists.ListReader}, which detects the format from the content and
 * hands the stream to one subpackage per format ({@code un}, {@code uk}, {@code ofac}, {@code csv},
 * ...). Parsers take streams and open no files; they depend on {@code model}, on the parts they
 * share here ({@link org.mizan.lists.StrictUtf8Reader}, {@link org.mizan.lists.Sha256Input}, {@link
 * org.mizan.lists.EntryIds}) and in {@code lists.xml}, and on no other parser.
 */
package org.mizan.lists;
