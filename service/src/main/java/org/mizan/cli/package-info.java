/**
 * The command line ({@code mizan screen}, {@code mizan lists}, {@code mizan eval}), built with
 * picocli.
 *
 * <p>Entry type: {@link org.mizan.cli.Main}. Parses arguments, asks {@code app} for the wired
 * services, renders results as text or JSON; maps errors to exit codes 0 (ran), 2 (bad usage or
 * invalid content, one line on stderr), 1 (any other failure). Never prints a stack trace or a
 * screened name to stderr.
 */
package org.mizan.cli;
