package org.mizan.lists.csv;

/**
 * One cell of a CSV row as read.
 *
 * @param text the value, quotes removed, stripped of surrounding white space
 * @param line 1-based line of the cell's first character
 * @param column 1-based column of the cell's first character (its opening quote if quoted)
 */
record Cell(String text, long line, long column) {}
