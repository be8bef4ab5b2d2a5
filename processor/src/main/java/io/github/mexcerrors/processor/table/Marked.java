package io.github.mexcerrors.processor.table;

/**
 * A value read from a table, with the place it was read from.
 *
 * @param value the value
 * @param position where the value stands in the table
 * @param <T> the type of the value
 */
record Marked<T>(T value, SourcePosition position) {}
