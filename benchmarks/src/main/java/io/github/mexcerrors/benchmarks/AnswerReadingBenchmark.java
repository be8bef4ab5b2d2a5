package io.github.mexcerrors.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcCodes;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.MexcHeaders;
import io.github.mexcerrors.wire.MexcRequestInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading an error answer of MEXC into its code and message, side by side: the library's
 * {@link MexcAnswerReader} (Jackson streaming, to a {@link MexcErrorResponse} with status, request and bounded
 * body), what users write today (Jackson databind's {@code readTree} plus field picks, alone and to the same
 * {@code MexcErrorResponse}), a bare {@code jackson-core} loop that only finds the code and message, and the
 * floor of any reader built on a {@code jackson-core} parser: creating one and running it over every token, with
 * no value read. Four real error bodies per invocation: spot 700003 (4XX), spot string code 30021, futures 602
 * inside HTTP 200, spot 10101 with a Chinese message. Time per body. The setup checks that every variant finds
 * the same code and message (and the same response, where it makes one) and that the floor sees every token.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
@OperationsPerInvocation(AnswerReadingBenchmark.BODIES)
public class AnswerReadingBenchmark {
  static final int BODIES = 4;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory PLAIN = new JsonFactory();

  private final byte[][] bodies = {
    "{\"code\":700003,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}"
        .getBytes(StandardCharsets.UTF_8),
    "{\"code\":\"30021\",\"msg\":\"Invalid symbol.\"}".getBytes(StandardCharsets.UTF_8),
    "{\"success\":false,\"code\":602,\"message\":\"Signature verification failed!\"}"
        .getBytes(StandardCharsets.UTF_8),
    "{\"code\":10101,\"msg\":\"余额不足\"}".getBytes(StandardCharsets.UTF_8),
  };
  private final int[] statuses = {400, 400, 200, 400};
  private final MexcRequestInfo[] requests = {
    MexcRequestInfo.of(MexcApi.SPOT, "GET", "/api/v3/order"),
    MexcRequestInfo.of(MexcApi.SPOT, "GET", "/api/v3/depth"),
    MexcRequestInfo.of(MexcApi.FUTURES, "POST", "/api/v1/private/order/submit"),
    MexcRequestInfo.of(MexcApi.SPOT, "POST", "/api/v3/order"),
  };
  private final MexcAnswerReader reader = MexcAnswerReader.of(MexcErrors.factory()).withoutStackTraces();

  /** Creates the benchmark state. */
  public AnswerReadingBenchmark() {}

  /**
   * Checks that every variant reads the same code and message from every body.
   *
   * @throws IOException never, for valid bodies
   */
  @Setup
  public void check() throws IOException {
    for (int i = 0; i < BODIES; i++) {
      MexcErrorResponse library = reader.read(requests[i], statuses[i], MexcHeaders.none(), bodies[i])
          .response().orElseThrow();
      String[] tree = readTree(bodies[i]);
      String[] loop = loop(bodies[i]);
      MexcErrorResponse treeResponse = readTreeToResponse(requests[i], statuses[i], bodies[i]);
      if (!library.rawCode().equals(tree[0]) || !library.message().equals(tree[1])
          || !tree[0].equals(loop[0]) || !tree[1].equals(loop[1]) || !library.equals(treeResponse)) {
        throw new IllegalStateException("variants disagree on body " + i + ": " + library + " / "
            + String.join(",", tree) + " / " + String.join(",", loop) + " / " + treeResponse);
      }
      int tokens = tokens(bodies[i]);
      if (tokens < 5 || tokens != countTokens(bodies[i])) {
        throw new IllegalStateException("the floor did not see every token of body " + i + ": " + tokens);
      }
    }
  }

  /**
   * The library: {@code MexcAnswerReader.read} to a decided answer and its {@link MexcErrorResponse}.
   *
   * @param blackhole takes every response
   */
  @Benchmark
  public void library(Blackhole blackhole) {
    for (int i = 0; i < BODIES; i++) {
      MexcAnswer answer = reader.read(requests[i], statuses[i], MexcHeaders.none(), bodies[i]);
      blackhole.consume(answer.response().orElseThrow());
    }
  }

  /**
   * The library and the typed exception, without a stack trace ({@code answer.error()}).
   *
   * @param blackhole takes every exception
   */
  @Benchmark
  public void libraryWithException(Blackhole blackhole) {
    for (int i = 0; i < BODIES; i++) {
      blackhole.consume(reader.read(requests[i], statuses[i], MexcHeaders.none(), bodies[i]).error()
          .orElseThrow());
    }
  }

  /**
   * What users write today: {@code ObjectMapper.readTree} and field picks ({@code code} as number or text,
   * {@code msg} or {@code message}, {@code success}).
   *
   * @param blackhole takes code and message
   * @throws IOException never, for valid bodies
   */
  @Benchmark
  public void readTree(Blackhole blackhole) throws IOException {
    for (int i = 0; i < BODIES; i++) {
      blackhole.consume(readTree(bodies[i]));
    }
  }

  /**
   * What users write today, to the same result as the library: {@code readTree} and field picks, then the same
   * {@link MexcErrorResponse} (code, message, status, request, body) built with the same builder calls.
   *
   * @param blackhole takes every response
   * @throws IOException never, for valid bodies
   */
  @Benchmark
  public void readTreeToResponse(Blackhole blackhole) throws IOException {
    for (int i = 0; i < BODIES; i++) {
      blackhole.consume(readTreeToResponse(requests[i], statuses[i], bodies[i]));
    }
  }

  /**
   * The floor of any reader on a {@code jackson-core} parser: create one over the body and run it over every
   * token to the end, reading no value (no text, no number, no name compared).
   *
   * @param blackhole takes the number of tokens
   * @throws IOException never, for valid bodies
   */
  @Benchmark
  public void jacksonParserFloor(Blackhole blackhole) throws IOException {
    for (int i = 0; i < BODIES; i++) {
      blackhole.consume(tokens(bodies[i]));
    }
  }

  /**
   * A bare {@code jackson-core} loop on a default {@code JsonFactory} that finds {@code code} and the
   * message and nothing else (no status, no request, no body kept, no decision rules).
   *
   * @param blackhole takes code and message
   * @throws IOException never, for valid bodies
   */
  @Benchmark
  public void bareStreamingLoop(Blackhole blackhole) throws IOException {
    for (int i = 0; i < BODIES; i++) {
      blackhole.consume(loop(bodies[i]));
    }
  }

  private static String[] readTree(byte[] body) throws IOException {
    JsonNode root = MAPPER.readTree(body);
    JsonNode success = root.get("success");
    boolean failed = success != null && !success.asBoolean(true);
    JsonNode code = root.get("code");
    String rawCode = code == null ? "" : code.asText();
    int number = MexcCodes.parse(rawCode);
    JsonNode msg = root.has("msg") ? root.get("msg") : root.get("message");
    String message = msg == null ? "" : msg.asText();
    return failed || (number != 0 && number != 200) ? new String[] {rawCode, message} : null;
  }

  private static MexcErrorResponse readTreeToResponse(MexcRequestInfo request, int status, byte[] body)
      throws IOException {
    JsonNode root = MAPPER.readTree(body);
    JsonNode success = root.get("success");
    boolean failed = success != null && !success.asBoolean(true);
    JsonNode code = root.get("code");
    int number = code == null ? MexcException.NO_CODE : MexcCodes.parse(code.asText());
    if (!failed && status >= 200 && status <= 299 && (number == 0 || number == 200 || code == null)) {
      return null;
    }
    JsonNode msg = root.has("msg") ? root.get("msg") : root.get("message");
    MexcErrorResponse.Builder response = MexcErrorResponse.builder(request.api())
        .message(msg == null ? "" : msg.asText())
        .httpStatus(status)
        .request(request.method().orElse(null), request.path().orElse(null))
        .body(body, 0, body.length, StandardCharsets.UTF_8);
    if (code != null && code.isTextual()) {
      response.rawCode(code.asText());
    } else if (code != null && code.canConvertToInt()) {
      response.code(code.intValue());
    }
    return response.build();
  }

  private static int tokens(byte[] body) throws IOException {
    int tokens = 0;
    try (JsonParser parser = PLAIN.createParser(body)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Counts the tokens of a flat object of strings, numbers and booleans: 2 + 2 a field. */
  private static int countTokens(byte[] body) {
    return 2 + 2 * (int) new String(body, StandardCharsets.UTF_8).chars().filter(c -> c == ':').count();
  }

  private static String[] loop(byte[] body) throws IOException {
    String code = "";
    String message = "";
    try (JsonParser parser = PLAIN.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String name;
      while ((name = parser.nextFieldName()) != null) {
        JsonToken token = parser.nextToken();
        if (name.equals("code")) {
          code = parser.getText();
        } else if (name.equals("msg") || name.equals("message")) {
          message = parser.getText();
        } else {
          parser.skipChildren();
        }
        if (token == null) {
          break;
        }
      }
    }
    return new String[] {code, message};
  }
}
