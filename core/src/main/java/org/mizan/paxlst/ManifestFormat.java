package org.mizan.paxlst;

/** The UN/EDIFACT passenger messages Mizan reads. */
public enum ManifestFormat {
  /** Passenger and crew list (Advance Passenger Information), UN/EDIFACT PAXLST, D.02B–D.15B. */
  PAXLST,
  /** Passenger name record push, IATA/WCO/ICAO PNRGOV (versions 10.1 … 13.1 seen). */
  PNRGOV
}
