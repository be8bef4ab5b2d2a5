package io.github.mexcerrors.processor.incremental;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import io.github.mexcerrors.processor.incremental.RecordingProcessor.FilerCall;
import io.github.mexcerrors.processor.incremental.RecordingProcessor.Kind;
import io.github.mexcerrors.processor.incremental.RecordingProcessor.RoundAnnotation;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract Gradle's incremental compilation relies on, checked without Gradle (none can be installed where the
 * build runs): the processor is declared dynamic, and tells Gradle after init that it is aggregating when it
 * generates the table types in the module and isolating when they come from the class path (mexc-errors-table) and
 * it writes only dispatchers; every file it writes through the Filer names its originating elements (the handler
 * class for its dispatcher, every handler class for the types and resources shared by all of them); it reads the table from the file the {@code mexc.errors.table} option names, which the build declares as
 * an input, and from no resource Gradle could not track; and no annotation of {@code SOURCE} retention reaches it
 * (Gradle's aggregating strategy answers one with a full recompilation). The processor runs behind a processing
 * environment of its own, as under Gradle, with the options of the README's Gradle snippet, over several handler
 * classes in several packages, a nested one and a class without handlers, and next to a class that another
 * processor generated.
 */
class GradleIncrementalContractTest {
  private static final String PROCESSOR = MexcErrorProcessor.class.getName();

  private static final JavaFileObject ORDERS = ProcessorCompiler.source("test.orders.OrderErrors",
      "package test.orders;",
      "",
      "import io.github.mexcerrors.OnMexcError;",
      "import io.github.mexcerrors.OnMexcErrorFallback;",
      "import io.github.mexcerrors.mexc.ClockSkewException;",
      "",
      "public class OrderErrors {",
      "  @OnMexcError(700003)",
      "  void resync(ClockSkewException e) {}",
      "",
      "  @OnMexcErrorFallback",
      "  void other(int code) {}",
      "}");
  private static final JavaFileObject RATES = ProcessorCompiler.source("test.rates.RateErrors",
      "package test.rates;",
      "",
      "import io.github.mexcerrors.OnMexcCategory;",
      "import io.github.mexcerrors.OnMexcError;",
      "import io.github.mexcerrors.mexc.RateLimitException;",
      "",
      "public class RateErrors {",
      "  @OnMexcCategory(\"RATE_LIMIT\")",
      "  void slowDown(RateLimitException e) {}",
      "",
      "  public static class Funds {",
      "    @OnMexcError({30004, 10101})",
      "    void noFunds(int code, String message) {}",
      "  }",
      "}");
  private static final JavaFileObject PLAIN = ProcessorCompiler.source("test.plain.Plain",
      "package test.plain;",
      "",
      "public class Plain {",
      "  void unrelated() {}",
      "}");
  /** What another processor (Dagger, MapStruct, AutoValue, ...) leaves in the same compilation. */
  private static final JavaFileObject OTHER_GENERATED = ProcessorCompiler.source("test.other.OtherGenerated",
      "package test.other;",
      "",
      "@javax.annotation.processing.Generated(\"some.other.Processor\")",
      "public class OtherGenerated {}");

  /** The handler classes of the input, by qualified name (Filer names, not binary names). */
  private static final Set<String> HANDLER_CLASSES =
      Set.of("test.orders.OrderErrors", "test.rates.RateErrors", "test.rates.RateErrors.Funds");
  private static final Map<String, String> DISPATCHERS = Map.of(
      "test.orders.OrderErrorsDispatcher", "test.orders.OrderErrors",
      "test.rates.RateErrorsDispatcher", "test.rates.RateErrors",
      "test.rates.RateErrors_FundsDispatcher", "test.rates.RateErrors.Funds");

  @TempDir
  Path folder;

  private static final String AGGREGATING = "org.gradle.annotation.processing.aggregating";
  private static final String ISOLATING = "org.gradle.annotation.processing.isolating";

  @Test
  void theProcessorIsDeclaredDynamic() throws IOException {
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").strip())
        .isEqualTo(PROCESSOR + ",dynamic");
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor").lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()).containsExactly(PROCESSOR);
  }

  @Test
  void withTheReadmesOptionsAndATableOfItsOwnEveryFilerCallKeepsTheContract() throws IOException {
    Map<String, String> options = readmeGradleOptions();
    assertWithMessage("the README's Gradle snippet names the table with the option")
        .that(options).containsKey(TableLoader.TABLE_OPTION);
    assertThat(new MexcErrorProcessor().getSupportedOptions()).containsAtLeastElementsIn(options.keySet());

    RecordingProcessor recorder = compile(options);

    assertThat(recorder.gradleKinds()).containsExactly(AGGREGATING);
    assertContract(recorder);
    assertWithMessage("the table is read from the option's file only: Gradle tracks no resource read through the"
        + " Filer\n%s", recorder)
        .that(recorder.calls().stream().filter(call -> call.kind() == Kind.READ_RESOURCE).toList()).isEmpty();
  }

  @Test
  void withTheReadmesOptionsAndTheBundledTableEveryFilerCallKeepsTheContract() throws IOException {
    Map<String, String> options = readmeGradleOptions();
    options.remove(TableLoader.TABLE_OPTION);

    RecordingProcessor recorder = compile(options);

    assertThat(recorder.gradleKinds()).containsExactly(AGGREGATING);
    assertContract(recorder);
  }

  @Test
  void withTheCompiledTableOnTheClassPathItIsIsolatingAndWritesOnlyDispatchersEachFromOneClass() throws IOException {
    Map<String, String> options = readmeGradleOptions();
    options.remove(TableLoader.TABLE_OPTION);
    RecordingProcessor recorder = new RecordingProcessor(new MexcErrorProcessor());
    ProcessorCompiler compiler =
        ProcessorCompiler.javac().processor(() -> recorder).classPath(BundledTableClasses.directory());
    options.forEach(compiler::option);

    assertThat(compiler.compile(ORDERS, RATES, PLAIN)).succeededWithoutWarnings();

    assertThat(recorder.gradleKinds()).containsExactly(ISOLATING);
    List<FilerCall> writes = recorder.calls().stream().filter(call -> call.kind() != Kind.READ_RESOURCE).toList();
    assertWithMessage("only the dispatchers are written: %s", writes)
        .that(writes.stream().map(FilerCall::name).toList()).containsExactlyElementsIn(DISPATCHERS.keySet());
    for (FilerCall call : writes) {
      // Gradle's isolating strategy: exactly one originating top-level type per generated file, else a full rebuild
      assertWithMessage("a dispatcher originates from its handler class only: %s", call)
          .that(call.originatingElements()).containsExactly(DISPATCHERS.get(call.name()));
    }
  }

  @Test
  void aTableOfItsOwnNextToTheCompiledTableKeepsItAggregating() throws IOException {
    RecordingProcessor recorder = new RecordingProcessor(new MexcErrorProcessor());
    Path table = folder.resolve("own.yaml");
    Files.writeString(table, "extends: bundled\npackage: test.own\n", StandardCharsets.UTF_8);
    ProcessorCompiler.javac().processor(() -> recorder).classPath(BundledTableClasses.directory())
        .option(TableLoader.TABLE_OPTION, table.toString()).compile(PLAIN);

    assertThat(recorder.gradleKinds()).containsExactly(AGGREGATING);
  }


  @Test
  void withDefaultOptionsEveryFileStillNamesItsOrigins() {
    // Without the README's options the processor writes and claims @Generated, which costs Gradle users their
    // incremental compiles (checked above); the originating elements must be right all the same.
    assertOrigins(compile(Map.of()));
  }

  @Test
  void withTheReadmesOptionsAnotherProcessorsGeneratedAnnotationNeverReachesTheProcessor() throws IOException {
    Map<String, String> options = readmeGradleOptions();
    RecordingProcessor recorder = new RecordingProcessor(new MexcErrorProcessor());
    ProcessorCompiler compiler = ProcessorCompiler.javac().processor(() -> recorder);
    options.forEach(compiler::option);

    // Whether javac then warns that nobody claims @Generated (-Xlint:processing) is the other processor's affair.
    compiler.compile(ORDERS, OTHER_GENERATED);

    assertWithMessage("an aggregating processor handed @Generated (SOURCE retention) makes Gradle recompile"
        + " everything, in every build where another processor generates code")
        .that(recorder.annotations().stream().filter(a -> a.retention() == RetentionPolicy.SOURCE).toList())
        .isEmpty();
  }

  private static RecordingProcessor compile(Map<String, String> options) {
    RecordingProcessor recorder = new RecordingProcessor(new MexcErrorProcessor());
    ProcessorCompiler compiler = ProcessorCompiler.javac().processor(() -> recorder);
    options.forEach(compiler::option);
    Compilation compilation = compiler.compile(ORDERS, RATES, PLAIN);
    assertThat(compilation).succeededWithoutWarnings();
    return recorder;
  }

  private static void assertContract(RecordingProcessor recorder) {
    assertOrigins(recorder);
    for (RoundAnnotation annotation : recorder.annotations()) {
      assertWithMessage("Gradle recompiles everything when an aggregating processor is handed an annotation of"
          + " SOURCE retention: %s", annotation)
          .that(annotation.retention()).isNotEqualTo(RetentionPolicy.SOURCE);
    }
  }

  private static void assertOrigins(RecordingProcessor recorder) {
    List<FilerCall> writes = recorder.calls().stream().filter(call -> call.kind() != Kind.READ_RESOURCE).toList();
    List<String> dispatchers = new ArrayList<>();
    boolean tableTypes = false;
    boolean reference = false;
    for (FilerCall call : writes) {
      assertWithMessage("the processor writes no class files: %s", call).that(call.kind()).isNotEqualTo(Kind.CLASS);
      String handler = DISPATCHERS.get(call.name());
      if (handler != null) {
        dispatchers.add(call.name());
        assertWithMessage("a dispatcher originates from its handler class: %s", call)
            .that(call.originatingElements()).containsExactly(handler);
        continue;
      }
      // Everything else (the table types, the reference, the exported table) is shared by every handler class.
      assertWithMessage("a type or resource shared by all handler classes originates from each of them: %s", call)
          .that(call.originatingElements()).containsAtLeastElementsIn(HANDLER_CLASSES);
      if (call.kind() == Kind.RESOURCE) {
        assertWithMessage("Gradle tracks resources in the class or source output only: %s", call)
            .that(call.location()).isAnyOf(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_OUTPUT);
        reference |= call.name().endsWith("error-reference.md");
      } else {
        tableTypes |= call.name().endsWith(".MexcErrors");
      }
    }
    assertThat(dispatchers).containsExactlyElementsIn(DISPATCHERS.keySet());
    assertWithMessage("the table types were written (through the Filer)").that(tableTypes).isTrue();
    assertWithMessage("the reference was written").that(reference).isTrue();
  }

  /**
   * The processor options of the README's Gradle snippet ({@code -Akey=value} in its Groovy blocks), with the
   * table option naming a copy of the bundled table in a temporary folder.
   */
  private Map<String, String> readmeGradleOptions() throws IOException {
    String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"),
        StandardCharsets.UTF_8);
    int gradle = readme.indexOf("\n### Gradle\n");
    assertWithMessage("the README has a Gradle section").that(gradle).isAtLeast(0);
    String section = readme.substring(gradle, readme.indexOf("\n### ", gradle + 1));
    Map<String, String> options = new LinkedHashMap<>();
    Matcher option = Pattern.compile("-A([\\w.]+)=([^'\"\\]\\s]+)").matcher(section);
    while (option.find()) {
      options.put(option.group(1), option.group(2));
    }
    assertWithMessage("the README's Gradle snippet declares the table file as an input")
        .that(section).contains("inputs.file(errorTable)");
    if (options.containsKey(TableLoader.TABLE_OPTION)) {
      Path table = folder.resolve("error-codes.yaml");
      Files.copy(Path.of("").toAbsolutePath().getParent().resolve("error-codes.yaml"), table);
      options.put(TableLoader.TABLE_OPTION, table.toString());
    }
    return options;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MexcErrorProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertWithMessage("%s is in the processor's jar", name).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
