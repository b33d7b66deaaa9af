package org.mizan.cli;

import java.util.Locale;
import picocli.CommandLine;

/** The output formats of the command line. */
enum OutputFormat {
  TEXT,
  JSON,
  JSONL;

  static OutputFormat parse(String value, CommandLine.Model.CommandSpec spec) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be text, json or jsonl, not '" + value + "'");
    }
  }
}
