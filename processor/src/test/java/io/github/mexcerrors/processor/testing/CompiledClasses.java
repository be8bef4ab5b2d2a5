package io.github.mexcerrors.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
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
    return primitive == int.class ? Integer.class : primitive == boolean.class ? Boolean.class : primitive;
  }
}
