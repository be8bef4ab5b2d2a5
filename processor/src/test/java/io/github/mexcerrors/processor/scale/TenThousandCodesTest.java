package io.github.mexcerrors.processor.scale;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The largest table the issue asks for: 10,000 spot codes and 1,000 futures codes with three handler classes. It
 * must compile under {@code -Xlint:all -Werror}, keep every method that runs more than once JIT-compilable (under
 * HotSpot's 8,000-byte {@code HugeMethodLimit}; static initializers run once, within javac's 64 KB), and look up
 * and dispatch every code exactly as a small table does. The boundaries (enum or class, messages, categories) are {@link HugeMethodLimitTest}'s.
 */
class TenThousandCodesTest {
  /** HotSpot's {@code -XX:HugeMethodLimit}: bigger methods are never JIT-compiled. */
  static final int HUGE_METHOD_LIMIT = HugeMethodLimitTest.HUGE_METHOD_LIMIT;
  private static final int SPOT = 10_000;
  private static final int FUTURES = 1_000;
  private static final SyntheticProject PROJECT = new SyntheticProject(SPOT, FUTURES, 3);
  private static Compilation compilation;
  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int h = 0; h < PROJECT.handlerClasses(); h++) {
      sources.add(JavaFileObjects.forSourceString(PROJECT.handlerName(h), PROJECT.handlerSource(h)));
    }
    compilation = ProcessorCompiler.javac().table(PROJECT.yaml()).compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  void everyGeneratedMethodStaysUnderTheHugeMethodLimit() throws IOException {
    // Spot is the class form (10,000 codes in 7 holders), futures an enum (1,000 codes).
    List<String> tooBig = new ArrayList<>();
    int methods = 0;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      byte[] bytes;
      try (InputStream in = file.openInputStream()) {
        bytes = in.readAllBytes();
      }
      for (Map.Entry<String, Integer> method : MethodSizes.of(bytes).entrySet()) {
        methods++;
        boolean runsOnce = HugeMethodLimitTest.runsOnce("." + method.getKey());
        if (method.getValue() >= (runsOnce ? HugeMethodLimitTest.JAVAC_METHOD_LIMIT : HUGE_METHOD_LIMIT)) {
          tooBig.add(file.getName() + " " + method.getKey() + ": " + method.getValue() + " bytes");
        }
      }
    }
    assertThat(methods).isGreaterThan(250);
    assertThat(tooBig).isEmpty();
  }

  @Test
  void aTableBeyondTheEnumLimitIsAClassWithTheEnumApi() throws ReflectiveOperationException {
    Class<?> spot = classes.load(SyntheticProject.PACKAGE + ".SpotErrorCode");
    assertThat(spot.isEnum()).isFalse();
    Object[] values = (Object[]) spot.getMethod("values").invoke(null);
    assertThat(values).hasLength(SPOT);
    Method code = spot.getMethod("code");
    Method ordinal = spot.getMethod("ordinal");
    Method name = spot.getMethod("name");
    Method valueOf = spot.getMethod("valueOf", String.class);
    for (int i = 0; i < SPOT; i++) {
      assertThat(code.invoke(values[i])).isEqualTo(SyntheticProject.spotCode(i));
      assertThat(ordinal.invoke(values[i])).isEqualTo(i);
      assertThat(valueOf.invoke(null, name.invoke(values[i]))).isSameInstanceAs(values[i]);
      Field constant = spot.getField((String) name.invoke(values[i]));
      assertThat(constant.get(null)).isSameInstanceAs(values[i]);
    }
    assertThat(values[3].toString()).isEqualTo("S_M979");
    assertThat(((Comparable<Object>) values[3]).compareTo(values[4])).isLessThan(0);
    Class<?> futures = classes.load(SyntheticProject.PACKAGE + ".FuturesErrorCode");
    assertThat(futures.isEnum()).isTrue();
    assertThat(futures.getEnumConstants()).hasLength(FUTURES);
  }

  @Test
  void everyCodeIsFoundByIntAndByText() throws ReflectiveOperationException {
    Method code = classes.load(SyntheticProject.PACKAGE + ".SpotErrorCode").getMethod("code");
    for (int value : PROJECT.spotCodes()) {
      Optional<?> byInt = (Optional<?>) classes.callStatic(SyntheticProject.PACKAGE + ".SpotErrorCode", "of", value);
      Optional<?> byText = (Optional<?>) classes.callStatic(SyntheticProject.PACKAGE + ".SpotErrorCode", "of",
          " " + value);
      assertThat(code.invoke(byInt.orElseThrow())).isEqualTo(value);
      assertThat(byText.orElseThrow()).isSameInstanceAs(byInt.orElseThrow());
      assertThat((Optional<?>) classes.callStatic(SyntheticProject.PACKAGE + ".SpotErrorCode", "of", value + 1))
          .isEmpty();
    }
    for (int value : PROJECT.futuresCodes()) {
      Optional<?> found = (Optional<?>) classes.callStatic(SyntheticProject.PACKAGE + ".MexcErrors", "lookup",
          MexcApi.FUTURES, value);
      assertThat(found).isPresent();
    }
  }

  @Test
  void everyCodeReachesItsHandlerMethod() throws ReflectiveOperationException {
    for (int h = 0; h < PROJECT.handlerClasses(); h++) {
      String dispatcher = PROJECT.handlerName(h) + "Dispatcher";
      for (int i = 0; i < SPOT; i++) {
        int value = SyntheticProject.spotCode(i);
        assertDispatch(h, dispatcher, PROJECT.expected(h, true, i), MexcApi.SPOT, value);
      }
      for (int i = 0; i < FUTURES; i++) {
        int value = SyntheticProject.futuresCode(i);
        assertDispatch(h, dispatcher, PROJECT.expected(h, false, i), MexcApi.FUTURES, value);
      }
      // A code missing from the table reaches the fallback, if any.
      assertDispatch(h, dispatcher, h % 3 != 2 ? "fallback:999999" : null, MexcApi.SPOT, 999_999);
    }
  }

  private void assertDispatch(int h, String dispatcher, String expected, MexcApi api, int code)
      throws ReflectiveOperationException {
    Object handler = classes.load(PROJECT.handlerName(h)).getConstructor().newInstance();
    Object ran = classes.callStatic(dispatcher, "dispatch", handler, api, code, "message " + code);
    MexcException exception = (MexcException) classes.callStatic(SyntheticProject.PACKAGE + ".MexcErrors",
        "create", api, code, "message " + code);
    Object ranByException = classes.callStatic(dispatcher, "dispatch", handler, exception);
    @SuppressWarnings("unchecked")
    List<String> calls = (List<String>) handler.getClass().getField("calls").get(handler);
    String where = "handler " + h + ", " + api + " code " + code;
    if (expected == null) {
      assertThat(ran).isEqualTo(Boolean.FALSE);
      assertThat(ranByException).isEqualTo(Boolean.FALSE);
      assertThat(calls).isEmpty();
    } else {
      assertThat(ran).isEqualTo(Boolean.TRUE);
      assertThat(ranByException).isEqualTo(Boolean.TRUE);
      assertWithMessage(where).that(calls).containsExactly(expected, expected).inOrder();
    }
  }
}
