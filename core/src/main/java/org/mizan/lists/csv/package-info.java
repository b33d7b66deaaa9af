/**
 * The Mizan list CSV: a documented CSV format ({@code docs/lists-csv.md}) in which a unit keeps a
 * national or internal watchlist of its own, to screen against it like an official list.
 *
 * <p>Entry type: {@link org.mizan.lists.csv.CsvListParser}. Behind it: {@code CsvTable} (the header
 * and the rows, read by the shared {@link org.mizan.lists.CsvCursor}), {@code Column} (the columns
 * the format defines) and {@code RowReader} (one row to a {@code ListEntry}). Depends on {@code
 * model} and {@code lists} only; opens no files.
 */
package org.mizan.lists.csv;
