package io.github.mexcerrors.processor.table;

import javax.lang.model.SourceVersion;

/** Rules for the names the table gives to generated Java elements. */
public final class Names {
  private Names() {}

  /**
   * Tells whether a name is a Java identifier that is not a keyword or literal.
   *
   * @param name the name
   * @return whether it can name a constant or class
   */
  public static boolean isJavaName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !name.contains("$");
  }

  /**
   * Tells whether a name is a valid, dotted Java package name.
   *
   * @param name the name
   * @return whether it can name a package
   */
  public static boolean isPackageName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!isJavaName(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a package belongs to the Java platform ({@code java} or {@code java.*}), where the JVM refuses
   * to define classes.
   *
   * @param name a valid package name
   * @return whether classes cannot be generated there
   */
  public static boolean isJavaPlatformPackage(String name) {
    return name.equals("java") || name.startsWith("java.");
  }

  /**
   * Tells whether a simple class name is one of {@code java.lang}'s public types, which a generated class of the
   * same name would hide.
   *
   * @param simpleName e.g. {@code RuntimeException}
   * @return whether {@code java.lang} has a type of that name
   */
  public static boolean isJavaLangType(String simpleName) {
    try {
      Class<?> type = Class.forName("java.lang." + simpleName, false, ClassLoader.getPlatformClassLoader());
      return java.lang.reflect.Modifier.isPublic(type.getModifiers());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      return false;
    }
  }
}
