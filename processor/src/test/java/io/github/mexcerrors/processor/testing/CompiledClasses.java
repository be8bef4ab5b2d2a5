package io.github.mexcerrors.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javax.tools.JavaFileObject;

/** Loads the classes of a successful compilation, so tests can call generated code. */
public final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  /**
   * Collects the class files of a compilation.
   *
   * @param compilation a successful compilation
   */
  public CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /**
   * Loads a compiled class.
   *
   * @param name its binary name
   * @return the class
   */
  public Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + name + "; compiled: " + classes.keySet(), e);
    }
  }

  /**
   * Calls a static method by name, the only one of that name and arity.
   *
   * @param className the class
   * @param method the method
   * @param arguments the arguments
   * @return what it returned
   */
  public Object callStatic(String className, String method, Object... arguments) {
    Class<?> type = load(className);
    for (java.lang.reflect.Method candidate : type.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length
          && matches(candidate.getParameterTypes(), arguments)) {
        try {
          return candidate.invoke(null, arguments);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no method " + method + " in " + className);
  }

  private static boolean matches(Class<?>[] types, Object[] arguments) {
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i].isPrimitive() ? box(types[i]) : types[i];
      if (arguments[i] == null ? types[i].isPrimitive() : !type.isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> box(Class<?> primitive) {
    return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
  }

  /**
   * Writes the class files of a compilation into a directory, by their package, as a build leaves them for another
   * build's class path.
   *
   * @param compilation the compilation
   * @param directory the directory
   * @param which which class files to write, by their path below the class output, e.g. {@code test/Base.class}
   */
  public static void write(Compilation compilation, Path directory, Predicate<String> which) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
      if (!which.test(relative)) {
        continue;
      }
      Path target = directory.resolve(relative);
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Writes all class files of a compilation into a directory, by their package.
   *
   * @param compilation the compilation
   * @param directory the directory
   */
  public static void write(Compilation compilation, Path directory) {
    write(compilation, directory, path -> true);
  }

  /**
   * Writes all class files of a compilation into a new temporary directory, by their package.
   *
   * @param compilation the compilation
   * @return the directory
   */
  public static File write(Compilation compilation) {
    try {
      Path directory = Files.createTempDirectory("mexc-classes");
      write(compilation, directory);
      return directory.toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
