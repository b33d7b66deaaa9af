package org.mizan.paxlst;

/**
 * What a traveller is on the flight: PAXLST NAD qualifiers FL and DDT (in transit) are passengers,
 * FM, DDU (in transit) and COT are crew; every PNRGOV traveller (TIF) is a passenger.
 */
public enum TravellerRole {
  PASSENGER,
  CREW
}
