package io.github.mexcerrors.processor;

/** Turns the URI of a file on a class path into the class path entry it belongs to, as a user writes it. */
final class ClassPathLocations {
  private ClassPathLocations() {}

  /**
   * Returns the jar or directory of a file on a class path.
   *
   * @param uri the file's URI, e.g. {@code jar:file:/repo/errors-1.0.jar!/com/example/MexcErrors.class}
   * @param path the file's path inside the entry, e.g. {@code com/example/MexcErrors.class}
   * @return e.g. {@code /repo/errors-1.0.jar}
   */
  static String of(String uri, String path) {
    String location = uri.startsWith("jar:") ? uri.substring(4) : uri;
    // javac writes jar:file:/a.jar!/p/C.class, ecj jar:file:/a.jar!p/C.class
    int inJar = location.indexOf('!');
    if (inJar >= 0) {
      location = location.substring(0, inJar);
    } else if (location.endsWith("/" + path)) {
      location = location.substring(0, location.length() - path.length() - 1);
    }
    if (location.startsWith("file://")) {
      location = location.substring(7);
    } else if (location.startsWith("file:")) {
      location = location.substring(5);
    }
    return location;
  }
}
