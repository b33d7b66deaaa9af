package org.mizan.cli;

/** The {@code mizan} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
