package io.github.mexcerrors.processor.compiler;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * javac's tree API ({@link Trees}, {@link JavacTask}) for a processing environment, if the compiler is javac.
 * Build tools hand processors a wrapper of javac's environment (Gradle's incremental processing wraps it in an
 * object with a {@code delegate} field; IntelliJ in a proxy), and {@code Trees.instance} accepts javac's own only:
 * the wrapper is unwrapped first, as Lombok and others do. On another compiler (ecj) there is none.
 */
public final class CompilerTrees {
  private static final int MAX_WRAPPERS = 8;

  private final Optional<ProcessingEnvironment> javac;
  private final Optional<Trees> trees;

  private CompilerTrees(Optional<ProcessingEnvironment> javac, Optional<Trees> trees) {
    this.javac = javac;
    this.trees = trees;
  }

  /**
   * Finds javac's tree API for an environment.
   *
   * @param environment the environment the processor was given
   * @return the tree API, or none
   */
  public static CompilerTrees of(ProcessingEnvironment environment) {
    ProcessingEnvironment current = environment;
    for (int depth = 0; current != null && depth < MAX_WRAPPERS; depth++) {
      try {
        Trees trees = Trees.instance(current);
        return new CompilerTrees(Optional.of(current), Optional.of(trees));
      } catch (IllegalArgumentException | LinkageError | ClassCastException | AssertionError e) {
        current = unwrap(current);
      }
    }
    return new CompilerTrees(Optional.empty(), Optional.empty());
  }

  /**
   * Returns javac's tree API.
   *
   * @return the trees, or empty when the compiler is not javac (or hides it)
   */
  public Optional<Trees> trees() {
    return trees;
  }

  /**
   * Returns the javac task that runs the processor.
   *
   * @return the task, or empty when the compiler is not javac (or hides it)
   */
  public Optional<JavacTask> task() {
    try {
      return javac.map(JavacTask::instance);
    } catch (IllegalArgumentException | LinkageError | ClassCastException | AssertionError e) {
      return Optional.empty();
    }
  }

  /** The environment a wrapper delegates to: a field of its class that holds one, or a proxy's target. */
  private static ProcessingEnvironment unwrap(ProcessingEnvironment wrapper) {
    try {
      if (Proxy.isProxyClass(wrapper.getClass())) {
        InvocationHandler handler = Proxy.getInvocationHandler(wrapper);
        ProcessingEnvironment found = environmentField(handler);
        if (found != null) {
          return found;
        }
      }
      return environmentField(wrapper);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static ProcessingEnvironment environmentField(Object holder) {
    for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!ProcessingEnvironment.class.isAssignableFrom(field.getType()) && !field.getName().equals("delegate")
            && !field.getName().equals("delegateTo") && !field.getName().equals("val$delegateTo")) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object value = field.get(holder);
          if (value instanceof ProcessingEnvironment && value != holder) {
            return (ProcessingEnvironment) value;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // an inaccessible field (a JDK class's): try the next one
        }
      }
    }
    return null;
  }
}
