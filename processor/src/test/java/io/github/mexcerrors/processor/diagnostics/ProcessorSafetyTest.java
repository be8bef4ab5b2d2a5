package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import io.github.mexcerrors.processor.testing.DelegatingEnvironment;
import io.github.mexcerrors.processor.testing.DelegatingProcessor;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The processor never crashes javac, defers classes whose parameters use types it generates, and generates
 * nothing from what has errors.
 */
class ProcessorSafetyTest {

  /**
   * Runs the real processor in an environment whose {@link Types#asElement} throws for one type, standing in for
   * any bug of the processor that throws.
   */
  static final class Sabotaged extends DelegatingProcessor {
    Sabotaged() {
      super(new MexcErrorProcessor());
    }

    @Override
    protected ProcessingEnvironment wrap(ProcessingEnvironment environment) {
      Types types = (Types) Proxy.newProxyInstance(Types.class.getClassLoader(), new Class<?>[] {Types.class},
          delegate(environment.getTypeUtils(), (method, arguments) -> method.getName().equals("asElement")
              && String.valueOf(arguments[0]).endsWith("Boom")));
      return new DelegatingEnvironment(environment) {
        @Override
        public Types getTypeUtils() {
          return types;
        }
      };
    }

    private interface Trap {
      boolean springs(java.lang.reflect.Method method, Object[] arguments);
    }

    private static InvocationHandler delegate(Object target, Trap trap) {
      return (proxy, method, arguments) -> {
        if (trap.springs(method, arguments)) {
          throw new IllegalStateException("sabotaged " + method.getName() + "(" + arguments[0] + ")");
        }
        try {
          return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
    }
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void anInternalErrorIsOneErrorOnTheClassAndTheOtherClassesStillGetTheirDispatcher(CompilerKind kind) {
    JavaFileObject boom = source("test.Boom", "package test;", "", "public class Boom {}");
    JavaFileObject broken = source("test.Broken",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcError;",
        "",
        "class Broken {",
        "  @OnMexcError(700003) void resync(Boom boom) {}",
        "}");
    JavaFileObject fine = source("test.Fine",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcError;",
        "",
        "class Fine {",
        "  @OnMexcError(700003) void resync() {}",
        "}");
    Compilation compilation = kind.compiler().processor(Sabotaged::new).compile(boom, broken, fine);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[MEXC-P001] internal error in the mexc-errors processor: java.lang.IllegalStateException: sabotaged"
            + " asElement(test.Boom); this is a bug in mexc-errors, not in your code: please report it")
        .inFile(broken).onLineContaining("class Broken");
    List<String> generated = ProcessorCompiler.generatedSourceNames(compilation);
    assertThat(generated.stream().filter(name -> name.endsWith("Dispatcher.java")).toList()).hasSize(1);
    assertThat(generated.stream().anyMatch(name -> name.endsWith("/test/FineDispatcher.java"))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aParameterOfAGeneratedTypeIsDeferredToTheNextRound(CompilerKind kind) {
    JavaFileObject source = source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcError;",
        "import io.github.mexcerrors.mexc.ClockSkewException;",
        "import io.github.mexcerrors.mexc.SpotErrorCode;",
        "",
        "class Handlers {",
        "  @OnMexcError(700003) void resync(ClockSkewException e, SpotErrorCode entry) {}",
        "}");
    Compilation compilation = kind.compiler().compile(source);
    assertThat(compilation).hadErrorCount(0);
    assertThat(ProcessorCompiler.generatedSourceNames(compilation).stream()
        .anyMatch(name -> name.endsWith("/test/HandlersDispatcher.java"))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aParameterTypeThatNeverExistsGetsOnlyTheCompilersError(CompilerKind kind) {
    JavaFileObject source = source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcError;",
        "",
        "class Handlers {",
        "  @OnMexcError(700003) void resync(NoSuchType e) {}",
        "}");
    Compilation compilation = kind.compiler().compile(source);
    assertThat(compilation).hadErrorCount(1);
    // javac: "cannot find symbol ... class NoSuchType"; ecj: "NoSuchType cannot be resolved to a type"
    assertThat(compilation).hadErrorContaining("NoSuchType").inFile(source).onLineContaining("NoSuchType e");
    ExpectedErrors.assertNoDispatcher(compilation);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aMisspelledGeneratedTypeGetsASuggestion(CompilerKind kind) {
    JavaFileObject source = source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcError;",
        "",
        "class Handlers {",
        "  @OnMexcError(700003) void resync(ClockSkewExeption e) {}",
        "}");
    Compilation compilation = kind.compiler().compile(source);
    // the compiler's own error, and ours with the fix
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[MEXC-H017] the type of parameter e, ClockSkewExeption, does not exist; did you"
            + " mean"
            + " io.github.mexcerrors.mexc.ClockSkewException, generated from the error table?")
        .inFile(source).onLineContaining("ClockSkewExeption e");
    ExpectedErrors.assertNoDispatcher(compilation);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aGeneratedTypeWithoutImportSaysWhichImport(CompilerKind kind) {
    JavaFileObject source = source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcError;",
        "",
        "class Handlers {",
        "  @OnMexcError(70003) void resync(ClockSkewException e) {}",
        "}");
    Compilation compilation = kind.compiler().compile(source);
    // the compiler's own error, ours with the import, and the wrong code: all problems in one build
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[MEXC-H016] the type of parameter e, ClockSkewException, is generated from the"
            + " error table as"
            + " io.github.mexcerrors.mexc.ClockSkewException: import it")
        .inFile(source).onLineContaining("ClockSkewException e");
    assertThat(compilation).hadErrorContaining("70003 is not a MEXC spot error code").inFile(source)
        .onLineContaining("70003");
  }
}
