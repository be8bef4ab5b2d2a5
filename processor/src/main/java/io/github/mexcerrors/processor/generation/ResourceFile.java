package io.github.mexcerrors.processor.generation;

import io.github.mexcerrors.processor.diagnostics.Message;

/**
 * A generated resource of the class output, rendered and not yet written: what the writers return for files that
 * are not Java sources.
 *
 * @param packageName the package it belongs to, empty for a path from the root of the class output
 * @param relativeName its name, relative to the package
 * @param text its content
 * @param notWritten the error reported, with the resource's path and the cause, when it cannot be written
 */
public record ResourceFile(String packageName, String relativeName, String text, Message notWritten) {
  /**
   * Returns the path of the resource in the class output.
   *
   * @return e.g. {@code META-INF/mexc-errors/error-reference.md}
   */
  public String path() {
    return packageName.isEmpty() ? relativeName : packageName.replace('.', '/') + "/" + relativeName;
  }
}
