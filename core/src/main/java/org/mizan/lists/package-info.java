/**
 * List parsers: bytes of an official list file in, a completely parsed {@link
 * org.mizan.model.Watchlist} out, or a {@link org.mizan.lists.ListFormatException} naming where the
 * file is wrong. Nothing half-parsed is ever returned.
 *
 * <p>Entry type: {@link org.mizan.lists.ListReader}, which detects the format from the content and
 * hands the stream to one subpackage per format: {@code un} (UN Security Council Consolidated List
 * XML), {@code ofac} (OFAC SDN legacy CSV and the {@code sdnList} XML of the SDN and Consolidated
 * lists), {@code eu} (EU Financial Sanctions File XML), {@code uk} (UK Sanctions List XML), {@code
 * ftm} (FollowTheMoney entities in JSON lines), {@code csv} (the Mizan list CSV). {@code xml} is
 * the XML walk the four XML formats share. {@link org.mizan.lists.ListDiff} compares two versions
 * of a list.
 *
 * <p>Parsers take streams and open no files; they depend on {@code model}, on the parts they share
 * here ({@link org.mizan.lists.StrictUtf8Reader} and {@link org.mizan.lists.Sha256Input} for the
 * bytes, {@link org.mizan.lists.CsvCursor} for CSV, {@link org.mizan.lists.EntryIds} and {@link
 * org.mizan.lists.EntryNames} for the rules every format shares) and in {@code lists.xml}, and on
 * no other parser.
 */
package org.mizan.lists;
