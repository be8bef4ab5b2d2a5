package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import io.github.mexcerrors.processor.testing.DelegatingEnvironment;
import io.github.mexcerrors.processor.testing.DelegatingProcessor;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The processor's own messages: a file javac refuses to create is one error naming it (a source, the error
 * reference, the exported table), never an exception; {@code -Amexc.errors.timing=true} prints one note.
 */
class ProcessorMessagesTest {
  private static final String TABLE = String.join("\n",
      "package: com.example.mexc",
      "categories:",
      "  ROOT:",
      "    description: Root.",
      "    section: Root",
      "spot:",
      "  - code: 1",
      "    name: ONE",
      "    message: One",
      "    category: ROOT",
      "    hint: Do one thing.",
      "");

  /** The processor, with a {@link Filer} that refuses every file: each refusal is what javac does twice over. */
  static final class Refusing extends DelegatingProcessor {
    Refusing() {
      super(new MexcErrorProcessor());
    }

    @Override
    protected ProcessingEnvironment wrap(ProcessingEnvironment environment) {
      Filer real = environment.getFiler();
      Filer refusing = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
          (proxy, method, arguments) -> {
            if (method.getName().startsWith("create")) {
              throw new FilerException("refused " + arguments[arguments.length > 2 ? 2 : 0]);
            }
            try {
              return method.invoke(real, arguments);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      return new DelegatingEnvironment(environment) {
        @Override
        public Filer getFiler() {
          return refusing;
        }
      };
    }
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aFileJavacRefusesIsOneErrorNamingIt(CompilerKind kind) {
    Compilation compilation = kind.compiler().table(TABLE).processor(Refusing::new)
        .compile(ProcessorCompiler.fallbackHandlers());
    assertThat(compilation).hadErrorContaining("[MEXC-P002] could not write com.example.mexc.ErrorCategory:");
    assertThat(compilation).hadErrorContaining("[MEXC-P003] could not write the error reference"
        + " META-INF/mexc-errors/error-reference.md:");
    assertThat(compilation).hadErrorContaining("[MEXC-P004] could not write io/github/mexcerrors/table/"
        + "error-codes.yaml to the class output");
    assertThat(compilation).hadErrorContaining("(see docs/diagnostics.md#mexc-p004)");
    assertThat(compilation.errors().stream().filter(error -> error.getMessage(Locale.ROOT).contains("MEXC-P001"))
        .toList()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void theTimingOptionPrintsOneNote(CompilerKind kind) {
    Compilation compilation = kind.compiler().option(MexcErrorProcessor.TIMING_OPTION, "true")
        .compile(ProcessorCompiler.fallbackHandlers());
    assertThat(compilation).succeeded();
    assertThat(compilation.notes().stream().map(note -> note.getMessage(Locale.ROOT))
        .filter(text -> text.startsWith("[MEXC-P005] mexc-errors processor time, in ms (-Amexc.errors.timing):"))
        .toList()).hasSize(1);
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList())
        .isEmpty();
  }
}
