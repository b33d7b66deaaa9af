/**
 * The Mizan list CSV: a documented CSV format ({@code docs/lists-csv.md}) in which a unit keeps a
 * national or internal watchlist of its own, to screen against it like an official list.
 *
 * <p>Entry type: {@link org.mizan.lists.csv.CsvListParser}. Behind it: {@code CsvTable} (the header
 * and the rows, with Jackson's CSV parser over the shared strict UTF-8 decoding), {@code Column}
 * (the columns the format defines) and {@code RowReader} (one row to a {@code ListEntry}). Depends
 * on {@code model}, {@code lists} and jackson-dataformat-csv only; opens no files.
 */
package org.mizan.lists.csv;
