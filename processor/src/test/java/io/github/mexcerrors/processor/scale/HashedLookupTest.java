package io.github.mexcerrors.processor.scale;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Lookups by code go through a hash index with linear probing. The codes here are chosen to collide: clusters of
 * consecutive codes, multiples of large powers of two (whose low bits are all zero), the extremes of {@code int},
 * negative codes. Whatever integer MEXC sends, {@code of(int)} finds exactly the codes of the table and nothing
 * else, and so does the nullable {@code forCode(int)}: in the class form of a big table (spot, 2,000 codes) as in
 * an enum (futures, 90 codes).
 */
class HashedLookupTest {
  private static final String PACKAGE = "test.hashed";
  private static final Set<Integer> SPOT = codes(2_000, 1);
  private static final Set<Integer> FUTURES = codes(90, 2);
  private static CompiledClasses classes;

  /**
   * Distinct codes of every hard shape for a hash; never {@code Integer.MIN_VALUE}, reserved for "no code". A
   * small table takes fewer powers of two and a shorter cluster.
   */
  private static Set<Integer> codes(int count, long seed) {
    Set<Integer> codes = new TreeSet<>(List.of(Integer.MAX_VALUE, Integer.MIN_VALUE + 1, 0, -1, 1, 700003, 30004));
    for (int shift = count > 200 ? 8 : 20; shift < 31; shift++) {
      codes.add(1 << shift);
      codes.add(-(1 << shift));
      codes.add(3 << (shift - 1));
    }
    for (int i = 0; i < Math.min(100, count / 4); i++) {
      codes.add(10_000 + i);
    }
    Random random = new Random(seed);
    while (codes.size() < count) {
      int code = switch (random.nextInt(4)) {
        case 0 -> random.nextInt();
        case 1 -> random.nextInt(1 << 20) << 11;
        case 2 -> 700_000 + random.nextInt(2_000);
        default -> -random.nextInt(100_000);
      };
      if (code != Integer.MIN_VALUE) {
        codes.add(code);
      }
    }
    return codes;
  }

  private static String yaml() {
    StringBuilder yaml = new StringBuilder("package: " + PACKAGE + "\ncategories:\n"
        + "  ROOT:\n    section: Root\n    description: Everything.\n");
    appendCodes(yaml, "spot", SPOT, "S");
    appendCodes(yaml, "futures", FUTURES, "F");
    return yaml.toString();
  }

  private static void appendCodes(StringBuilder yaml, String api, Set<Integer> codes, String prefix) {
    yaml.append(api).append(":\n");
    for (int code : codes) {
      yaml.append("  - code: ").append(code).append('\n')
          .append("    name: ").append(name(prefix, code)).append('\n')
          .append("    message: Message ").append(code).append('\n')
          .append("    category: ROOT\n")
          .append("    hint: Hint ").append(code).append(".\n");
    }
  }

  private static String name(String prefix, int code) {
    return prefix + "_" + (code < 0 ? "M" + Integer.toString(code).substring(1) : Integer.toString(code));
  }

  @BeforeContainer
  static void compile() {
    Compilation compilation = compile(ProcessorCompiler.javac());
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  private static Compilation compile(ProcessorCompiler compiler) {
    return compiler.table(yaml()).compile(ProcessorCompiler.source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "",
        "/** Takes every code. */",
        "public class Handlers {",
        "  @OnMexcErrorFallback",
        "  void any(int code) {}",
        "}"));
  }

  @Example
  void theIndexCompilesWithoutWarningsOnTheEclipseCompilerToo() {
    assertThat(compile(ProcessorCompiler.ecj())).succeededWithoutWarnings();
  }

  @Provide
  Arbitrary<Integer> anyInteger() {
    List<Integer> near = new ArrayList<>();
    for (Set<Integer> codes : List.of(SPOT, FUTURES)) {
      for (int code : codes) {
        near.add(code);
        near.add(code + 1);
        near.add(code - 1);
      }
    }
    return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(near),
        Arbitraries.integers().map(value -> value << 11));
  }

  @Property(tries = 20_000)
  void ofFindsExactlyTheCodesOfTheTable(@ForAll("anyInteger") int code) throws ReflectiveOperationException {
    assertLookup("SpotErrorCode", SPOT, code);
    assertLookup("FuturesErrorCode", FUTURES, code);
  }

  @Example
  void everyCodeOfBothApisIsFound() throws ReflectiveOperationException {
    assertThat(classes.load(PACKAGE + ".SpotErrorCode").isEnum()).isFalse();
    assertThat(classes.load(PACKAGE + ".FuturesErrorCode").isEnum()).isTrue();
    for (int code : SPOT) {
      assertLookup("SpotErrorCode", SPOT, code);
    }
    for (int code : FUTURES) {
      assertLookup("FuturesErrorCode", FUTURES, code);
    }
    assertLookup("SpotErrorCode", SPOT, Integer.MIN_VALUE);
  }

  @Example
  void everyTableWithCodesIsLookedUpThroughTheIndexTheOfficialOneToo() throws Exception {
    assertThat(nestedClasses(classes.load(PACKAGE + ".SpotErrorCode"))).contains("Index");
    assertThat(nestedClasses(classes.load(PACKAGE + ".FuturesErrorCode"))).contains("Index");
    try (URLClassLoader bundled = new URLClassLoader(new URL[] {BundledTableClasses.directory().toURI().toURL()},
        HashedLookupTest.class.getClassLoader())) {
      assertThat(nestedClasses(bundled.loadClass("io.github.mexcerrors.mexc.SpotErrorCode"))).contains("Index");
      assertThat(nestedClasses(bundled.loadClass("io.github.mexcerrors.mexc.FuturesErrorCode"))).contains("Index");
    }
  }

  private static List<String> nestedClasses(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Class<?> nested : type.getDeclaredClasses()) {
      names.add(nested.getSimpleName());
    }
    return names;
  }

  private static void assertLookup(String simpleName, Set<Integer> codes, int code)
      throws ReflectiveOperationException {
    Optional<?> found = (Optional<?>) classes.callStatic(PACKAGE + "." + simpleName, "of", code);
    // The nullable lookup the dispatchers use finds the same constant.
    assertThat(classes.callStatic(PACKAGE + "." + simpleName, "forCode", code)).isSameInstanceAs(found.orElse(null));
    if (codes.contains(code)) {
      Object constant = found.orElseThrow(() -> new AssertionError(simpleName + ".of(" + code + ") is empty"));
      Method codeOf = constant.getClass().getMethod("code");
      assertThat(codeOf.invoke(constant)).isEqualTo(code);
      assertThat(constant.toString()).isEqualTo(name(simpleName.startsWith("Spot") ? "S" : "F", code));
    } else {
      assertThat(found).isEmpty();
    }
  }
}
