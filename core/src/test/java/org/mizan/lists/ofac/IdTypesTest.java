package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The id types of the real 2026-01-08 Consolidated list XML, and a few of the SDN list's. */
class IdTypesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Passport | DOCUMENT",
        "National ID No. | DOCUMENT",
        "Driver's License No. | DOCUMENT",
        "Tax ID No. | DOCUMENT",
        "Registration ID | DOCUMENT",
        "Registration Number | DOCUMENT",
        "Unified Social Credit Code (USCC) | DOCUMENT",
        "SWIFT/BIC | DOCUMENT",
        "BIK (RU) | DOCUMENT",
        "Legal Entity Number | DOCUMENT",
        "C.R. No. | DOCUMENT",
        "V.A.T. Number | DOCUMENT",
        "License | DOCUMENT",
        "Vessel Registration Identification | DOCUMENT",
        "Aircraft Tail Number | DOCUMENT",
        "Gender | GENDER",
        "Nationality of Registration | NATIONALITY",
        "Website | OTHER",
        "Email Address | OTHER",
        "Phone Number | OTHER",
        "Digital Currency Address - XBT | OTHER",
        "Secondary sanctions risk: | OTHER",
        "Executive Order 13662 Directive Determination - | OTHER",
        "Executive Order 14024 Directive Information | OTHER",
        "Listing Date (EO 14024 Directive 2): | OTHER",
        "Effective Date (CMIC) | OTHER",
        "Organization Established Date | OTHER",
        "Organization Type: | OTHER",
        "Target Type | OTHER",
        "Government Gazette Number | OTHER",
        "ISIN | OTHER",
        "Equity Ticker | OTHER",
        "Issuer Name | OTHER",
        "CAATSA Section 235 Information: | OTHER",
        "Vessel Year of Build | OTHER",
        "Aircraft Model | OTHER",
        "'' | OTHER"
      })
  void kind(String type, IdTypes.Kind kind) {
    assertThat(IdTypes.of(type)).isEqualTo(kind);
  }
}
