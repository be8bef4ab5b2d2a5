package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code MexcErrors} is a {@link MexcExceptionFactory}: what a reader of HTTP answers hands it
 * becomes the most specific exception, which keeps the whole response and survives serialization.
 */
class ExceptionFactoryContractTest {
  private static CompiledClasses classes;
  private static MexcExceptionFactory factory;

  @BeforeAll
  static void compile() {
    Compilation compilation = ProcessorCompiler.javac().compile(GeneratedTableTest.fallbackOnly());
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
    factory = (MexcExceptionFactory) classes.callStatic("io.github.mexcerrors.mexc.MexcErrors", "factory");
  }

  private static MexcErrorResponse clockError() {
    return MexcErrorResponse.builder(MexcApi.SPOT).rawCode("700003")
        .message("Timestamp for this request is outside of the recvWindow.").httpStatus(400)
        .request("POST", "/api/v3/order?symbol=BTCUSDT&signature=abc")
        .requestTimestamp(Instant.parse("2026-11-29T10:00:00.000Z"))
        .recvWindow(Duration.ofMillis(5000))
        .serverTime(Instant.parse("2026-11-29T10:00:06.200Z"))
        .body("{\"code\":700003,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}")
        .build();
  }

  @Test
  void createsTheCategorysExceptionAndKeepsTheResponse() {
    MexcException exception = factory.create(clockError());
    assertThat(exception.getClass().getSimpleName()).isEqualTo("ClockSkewException");
    assertThat(exception.response()).isEqualTo(clockError());
    assertThat(exception.retryPolicy()).isEqualTo(RetryPolicy.AFTER_CLOCK_SYNC);
    assertThat(exception.getStackTrace()).isNotEmpty();
    assertThat(exception.getMessage()).contains("HTTP 400, POST /api/v3/order: Timestamp");
    assertThat(exception.getMessage()).doesNotContain("signature");
    assertThat(exception.getMessage())
        .endsWith("Your request was 6.2 s behind MEXC's clock; recvWindow 5000 ms.");
  }

  @Test
  void withoutStackTraceIsTheSameExceptionWithoutTrace() {
    MexcException exception = factory.createWithoutStackTrace(clockError());
    assertThat(exception.getClass().getSimpleName()).isEqualTo("ClockSkewException");
    assertThat(exception.getStackTrace()).isEmpty();
  }

  @Test
  void unknownCodeTakesTheCategoryOfItsHttpStatusAndKeepsRetryAfter() {
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.SPOT).httpStatus(429)
        .retryAfter(Duration.ofSeconds(30)).build();
    MexcException exception = factory.create(response);
    assertThat(exception.category()).isPresent();
    assertThat(exception.retryPolicy()).isEqualTo(RetryPolicy.AFTER_BACKOFF);
    assertThat(exception.retryAfter()).hasValue(Duration.ofSeconds(30));
    assertThat(exception.getMessage()).startsWith("MEXC spot error, HTTP 429");
    assertThat(exception.getMessage()).endsWith("Retry after 30 s.");
  }

  @Test
  void errorCodeLooksUpBothApis() {
    assertThat(factory.errorCode(MexcApi.SPOT, 700003).orElseThrow().name())
        .isEqualTo("TIMESTAMP_OUTSIDE_RECV_WINDOW");
    assertThat(factory.errorCode(MexcApi.FUTURES, 700003)).isEmpty();
    assertThrows(NullPointerException.class, () -> factory.errorCode(null, 700003));
    assertThrows(NullPointerException.class, () -> factory.create(null));
  }

  @Test
  void deserializedExceptionKeepsItsEntryCategoryAndResponse() throws Exception {
    MexcException exception = factory.create(clockError());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(exception);
    }
    MexcException copy;
    try (ObjectInputStream in = new GeneratedClassesInput(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (MexcException) in.readObject();
    }
    assertThat(copy.getClass()).isEqualTo(exception.getClass());
    assertThat(copy.errorCode()).isEqualTo(exception.errorCode());
    assertThat(copy.category()).isEqualTo(exception.category());
    assertThat(copy.retryPolicy()).isEqualTo(RetryPolicy.AFTER_CLOCK_SYNC);
    assertThat(copy.response()).isEqualTo(exception.response());
    assertThat(copy.getMessage()).isEqualTo(exception.getMessage());
  }

  /** Resolves the generated classes through the test's class loader. */
  private static final class GeneratedClassesInput extends ObjectInputStream {
    GeneratedClassesInput(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
      try {
        return Class.forName(description.getName(), false, classes);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(description);
      }
    }
  }
}
