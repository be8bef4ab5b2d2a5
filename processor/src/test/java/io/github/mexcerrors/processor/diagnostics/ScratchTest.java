package io.github.mexcerrors.processor.diagnostics;

import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScratchTest {
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void show(boolean ecj) {
    long t = System.nanoTime();
    Compilation c = ProcessorCompiler.of(ecj).compile(source("test.H",
        "package test;",
        "import io.github.mexcerrors.*;",
        "import io.github.mexcerrors.mexc.ClockSkewException;",
        "class H {",
        "  @OnMexcError({30004, 70003}) void a() {}",
        "  @OnMexcError(700003) void b(ClockSkewException e) {}",
        "  @OnMexcError(700002) void c(ClockSkewExeption e) {}",
        "  private class P { @OnMexcErrorFallback void f() {} }",
        "}"));
    System.out.println("=== " + (ecj ? "ecj" : "javac") + " " + c.status() + " " + (System.nanoTime() - t) / 1000000 + "ms");
    for (Diagnostic<?> d : c.diagnostics()) {
      System.out.println(d.getKind() + " " + (d.getSource() == null ? null : ((javax.tools.JavaFileObject) d.getSource()).getName()) + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + " pos=" + d.getPosition() + " " + d.getMessage(null));
    }
    c.generatedSourceFiles().forEach(f -> System.out.println("gen " + f.getName()));
  }
}
