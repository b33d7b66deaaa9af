package org.mizan.store;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The official lists {@code mizan lists update SOURCE} fetches, with their default download
 * addresses. Any other address is given to {@code lists update} as a URL instead.
 */
public enum ListSource {
  /** UN Security Council Consolidated List, XML (scsanctions.un.org). */
  UN_SC_CONSOLIDATED(
      "un-sc-consolidated", "https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
  /** OFAC Specially Designated Nationals list, XML (OFAC Sanctions List Service). */
  US_OFAC_SDN(
      "us-ofac-sdn",
      "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML"),
  /** OFAC Consolidated (non-SDN) lists, XML (OFAC Sanctions List Service). */
  US_OFAC_CONSOLIDATED(
      "us-ofac-consolidated",
      "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML"),
  /** EU Financial Sanctions Files, full list XML 1.1 (the Commission's public token). */
  EU_FSF(
      "eu-fsf",
      "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"),
  /** UK Sanctions List (FCDO), XML. */
  UK_SANCTIONS_LIST(
      "uk-sanctions-list", "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml");

  private final String id;
  private final URI url;

  ListSource(String id, String url) {
    this.id = id;
    this.url = URI.create(url);
  }

  /** The source id, as in list versions ({@code un-sc-consolidated}, ...). */
  public String id() {
    return id;
  }

  /** The default download address. */
  public URI url() {
    return url;
  }

  /** The source with this id, ignoring case. */
  public static Optional<ListSource> byId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id.strip().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The source ids, comma-separated, for messages. */
  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(ListSource::id).toList());
  }
}
