package io.github.mexcerrors;

/**
 * The version of this artifact, as a constant that the processor reads from the class path of a compile (through
 * javac's model of the class, without reading a resource) and compares with its own, to name a mismatch instead
 * of failing on a missing method or constant. {@code MexcErrorsVersionTest} keeps it equal to the Maven version.
 */
final class MexcErrorsVersion {
  /** The version, e.g. {@code 0.1.0}. */
  static final String VERSION = "0.1.0-SNAPSHOT";

  private MexcErrorsVersion() {}
}
