package io.github.mexcerrors.processor.core;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The shapes that crashed javac 17 in our Spring and OkHttp tests ({@code TransTypes} ClassCastException,
 * {@code AssertionError: typecode ERROR}) before they were rewritten step by step: handler classes next to code
 * that uses {@code MexcErrors} and the category exceptions inside chains of lambdas and builder calls (a builder's
 * {@code apply(Consumer)} with a customizer built from {@code MexcErrors.factory()}, interceptors as lambdas,
 * {@code Optional} and stream chains, a method reference to the generated factory). Compiled by the javac of the
 * JDK that runs the build (17 in CI's first run, 25 in the second), both with the table types generated in the
 * same compile and with the compiled table on the class path.
 */
class LambdaChainsTest {
  /** A builder shaped like Spring's RestClient.Builder and OkHttp's OkHttpClient.Builder. */
  private static final JavaFileObject BUILDER = ProcessorCompiler.source("app.Client",
      "package app;",
      "",
      "import java.util.ArrayList;",
      "import java.util.List;",
      "import java.util.function.Consumer;",
      "import java.util.function.UnaryOperator;",
      "",
      "public final class Client {",
      "  final List<UnaryOperator<String>> interceptors;",
      "",
      "  private Client(List<UnaryOperator<String>> interceptors) {",
      "    this.interceptors = interceptors;",
      "  }",
      "",
      "  public static Builder builder() {",
      "    return new Builder();",
      "  }",
      "",
      "  public static final class Builder {",
      "    private final List<UnaryOperator<String>> interceptors = new ArrayList<>();",
      "",
      "    public Builder interceptor(UnaryOperator<String> interceptor) {",
      "      interceptors.add(interceptor);",
      "      return this;",
      "    }",
      "",
      "    public Builder apply(Consumer<Builder> customizer) {",
      "      customizer.accept(this);",
      "      return this;",
      "    }",
      "",
      "    public Client build() {",
      "      return new Client(List.copyOf(interceptors));",
      "    }",
      "  }",
      "}");

  private static final JavaFileObject HANDLERS = ProcessorCompiler.source("app.Handlers",
      "package app;",
      "",
      "import io.github.mexcerrors.OnMexcCategory;",
      "import io.github.mexcerrors.OnMexcError;",
      "import io.github.mexcerrors.OnMexcErrorFallback;",
      "import io.github.mexcerrors.mexc.ClockSkewException;",
      "import io.github.mexcerrors.mexc.RateLimitException;",
      "",
      "public class Handlers {",
      "  int seen;",
      "",
      "  @OnMexcError(700003) void clock(ClockSkewException e) { seen++; }",
      "  @OnMexcCategory(\"RATE_LIMIT\") void rate(RateLimitException e) { seen++; }",
      "  @OnMexcErrorFallback void other(int code) { seen++; }",
      "}");

  private static final JavaFileObject CHAINS = ProcessorCompiler.source("app.Chains",
      "package app;",
      "",
      "import io.github.mexcerrors.MexcApi;",
      "import io.github.mexcerrors.MexcErrorResponse;",
      "import io.github.mexcerrors.MexcException;",
      "import io.github.mexcerrors.MexcExceptionFactory;",
      "import io.github.mexcerrors.mexc.ClockSkewException;",
      "import io.github.mexcerrors.mexc.MexcErrors;",
      "import io.github.mexcerrors.mexc.RateLimitException;",
      "import io.github.mexcerrors.mexc.SpotErrorCode;",
      "import java.util.List;",
      "import java.util.Optional;",
      "import java.util.concurrent.CompletableFuture;",
      "import java.util.function.Consumer;",
      "import java.util.function.Function;",
      "import java.util.stream.Collectors;",
      "",
      "final class Chains {",
      "  private Chains() {}",
      "",
      "  static Consumer<Client.Builder> customizer(MexcExceptionFactory factory) {",
      "    return builder -> builder.interceptor(body -> body.startsWith(\"{\\\"code\\\"\")",
      "        ? factory.create(MexcErrorResponse.of(MexcApi.SPOT, 700003, body, 400)).getMessage() : body);",
      "  }",
      "",
      "  static Client client(int[] pulled) {",
      "    return Client.builder()",
      "        .interceptor(body -> { pulled[0] += body.length(); return body; })",
      "        .apply(customizer(MexcErrors.factory()))",
      "        .apply(b -> b.interceptor(body -> Optional.ofNullable(MexcErrors.create(MexcApi.SPOT, 429, body, 429))",
      "            .filter(RateLimitException.class::isInstance).map(MexcException::getMessage).orElse(body)))",
      "        .interceptor(body -> body)",
      "        .build();",
      "  }",
      "",
      "  static List<String> categories(List<Integer> codes) {",
      "    Function<Integer, MexcException> make = code -> MexcErrors.create(MexcApi.SPOT, code, \"m\", 400);",
      "    return codes.stream().map(make).filter(e -> !(e instanceof ClockSkewException))",
      "        .map(e -> e.errorCode().map(c -> c.category().toString()).orElse(\"none\"))",
      "        .collect(Collectors.toList());",
      "  }",
      "",
      "  static CompletableFuture<Boolean> dispatch(Handlers handlers, int code) {",
      "    return CompletableFuture.supplyAsync(() -> MexcErrors.create(MexcApi.SPOT, code, \"m\", 400))",
      "        .thenApply(e -> HandlersDispatcher.dispatch(handlers, e))",
      "        .exceptionally(t -> Optional.ofNullable(t).map(x -> SpotErrorCode.forCode(code) != null).orElse(false));",
      "  }",
      "}");

  @Test
  void withTheTableGeneratedInTheSameCompile() {
    Compilation compilation = ProcessorCompiler.javac().compile(BUILDER, HANDLERS, CHAINS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("io.github.mexcerrors.mexc.MexcErrors");
    assertThat(compilation).generatedSourceFile("app.HandlersDispatcher");
  }

  @Test
  void withTheCompiledTableOnTheClassPath() {
    Compilation compilation =
        ProcessorCompiler.javac().classPath(BundledTableClasses.directory()).compile(BUILDER, HANDLERS, CHAINS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("app.HandlersDispatcher");
  }
}
