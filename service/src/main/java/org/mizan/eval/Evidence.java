package org.mizan.eval;

/** What a query set gives besides the name. */
enum Evidence {
  NAME_ONLY("name-only"),
  DOB("name+dob"),
  DOB_NATIONALITY("name+dob+nationality");

  private final String id;

  Evidence(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}
