/**
 * Passenger message parsers: bytes of a UN/EDIFACT PAXLST (Advance Passenger Information) or PNRGOV
 * message in, a {@link org.mizan.paxlst.Manifest} (flight, legs, travellers with their documents)
 * out, with a {@link org.mizan.paxlst.ManifestWarning} for each repair of a broken feed; a {@link
 * org.mizan.paxlst.PaxlstFormatException} only when nothing can be read.
 *
 * <p>Entry type: {@link org.mizan.paxlst.ManifestReader}. Inside: {@code EdifactText} repairs and
 * decodes the bytes, {@code EdifactSegments} reads the syntax with StAEDI, {@code PaxlstMapping}
 * and {@code PnrgovMapping} map segments to records, {@code Messages} keeping their messages'
 * bookkeeping (which segments are whose, counts, version). Depends on {@code model} only; opens no
 * files.
 */
package org.mizan.paxlst;
