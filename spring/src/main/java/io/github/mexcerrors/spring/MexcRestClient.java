package io.github.mexcerrors.spring;

import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.MexcGate;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.MexcRequestInfo;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * One line of setup for Spring's {@link RestClient}: every error answer of MEXC becomes the most specific
 * exception of the error table, thrown from {@code retrieve()} as any {@code RestClient} error is.
 *
 * <pre>{@code
 * RestClient mexc = MexcRestClient.configure(RestClient.builder(), MexcErrors.factory())
 *     .baseUrl("https://api.mexc.com")
 *     .build();
 * try {
 *   Order order = mexc.post().uri("/api/v3/order?{query}", signed).retrieve().body(Order.class);
 * } catch (ClockSkewException e) {          // generated, a MexcException
 *   ...
 * }
 * }</pre>
 *
 * Spring Boot: {@code @Bean RestClientCustomizer mexcErrors() { return MexcRestClient.customizer(
 * MexcErrors.factory())::accept; }}.
 *
 * <p>What it adds:
 * <ul>
 *   <li>{@link MexcStatusHandler} as the default status handler of 4XX and 5XX answers (spot errors, a gateway's
 *       HTML, a bare 429): it reads at most {@link MexcAnswerReader#MAX_ERROR_BYTES} of the body and throws.
 *       A request's own {@code onStatus(...)} still takes precedence.
 *   <li>{@link MexcResponseInterceptor} for 2XX answers (futures errors come with HTTP 200): it reads a prefix of
 *       the body (8 KiB; the whole of a batch answer), throws for an error, and otherwise hands the caller a
 *       response whose body is whole, the prefix followed by the unread rest.
 * </ul>
 * The exceptions are {@code RuntimeException}s, like Spring's own {@code RestClientResponseException}: they
 * keep the response ({@code MexcException.response()}: code, message, status, request, {@code Retry-After},
 * clocks, the body for logs).
 */
public final class MexcRestClient {
  /** The request attribute under which {@link MexcResponseInterceptor} leaves a batch answer's outcomes. */
  public static final String ANSWER_ATTRIBUTE = MexcAnswer.class.getName();

  private MexcRestClient() {}

  /**
   * Adds MEXC's error handling to a builder, with the typed exceptions of the bundled table, compiled in
   * {@code mexc-errors-table} ({@code MexcErrors.factory()}): no processor, no handler class.
   *
   * @param builder the builder
   * @return the same builder
   */
  public static RestClient.Builder configure(RestClient.Builder builder) {
    return configure(builder, MexcErrors.factory());
  }

  /**
   * Adds MEXC's error handling to a builder: the status handler and the interceptor.
   *
   * @param builder the builder
   * @param factory the factory of typed exceptions: the generated {@code MexcErrors.factory()}
   * @return the same builder
   */
  public static RestClient.Builder configure(RestClient.Builder builder, MexcExceptionFactory factory) {
    return configure(builder, factory, null);
  }

  /**
   * Adds MEXC's error handling to a builder, with a gate asked before each request and told of every error
   * answer: with the fleet module's {@code PauseGate}, a rate limit seen by one process pauses every process that
   * shares its store; while paused, the request is not sent and the gate's rate-limit exception is thrown.
   *
   * @param builder the builder
   * @param factory the factory of typed exceptions: the generated {@code MexcErrors.factory()}
   * @param gate the gate; {@code null} for none
   * @return the same builder
   */
  public static RestClient.Builder configure(RestClient.Builder builder, MexcExceptionFactory factory,
      MexcGate gate) {
    Objects.requireNonNull(builder, "builder");
    MexcAnswerReader reader = MexcAnswerReader.of(Objects.requireNonNull(factory, "factory"));
    return builder
        .defaultStatusHandler(HttpStatusCode::isError, new MexcStatusHandler(reader, gate))
        .requestInterceptor(new MexcResponseInterceptor(reader, gate));
  }

  /**
   * Returns the setup with the bundled table's typed exceptions ({@link #configure(RestClient.Builder)}) as a
   * builder customizer.
   *
   * @return the customizer
   */
  public static Consumer<RestClient.Builder> customizer() {
    return customizer(MexcErrors.factory());
  }

  /**
   * Returns the setup as a builder customizer, for {@code RestClient.Builder.apply(...)} or a Spring Boot
   * {@code RestClientCustomizer}.
   *
   * @param factory the factory of typed exceptions: the generated {@code MexcErrors.factory()}
   * @return the customizer
   */
  public static Consumer<RestClient.Builder> customizer(MexcExceptionFactory factory) {
    return customizer(factory, null);
  }

  /**
   * Returns the setup with a gate ({@link #configure(RestClient.Builder, MexcExceptionFactory, MexcGate)}) as a
   * builder customizer.
   *
   * @param factory the factory of typed exceptions: the generated {@code MexcErrors.factory()}
   * @param gate the gate; {@code null} for none
   * @return the customizer
   */
  public static Consumer<RestClient.Builder> customizer(MexcExceptionFactory factory, MexcGate gate) {
    Objects.requireNonNull(factory, "factory");
    return builder -> configure(builder, factory, gate);
  }

  /**
   * Returns the outcome per item of a batch answer ({@code /api/v3/batchOrders}, futures cancels) that the
   * interceptor read, from the request of an {@code exchange(...)}:
   * {@code client.post().uri(...).exchange((request, response) -> MexcRestClient.answerOf(request))}.
   *
   * @param request the request the answer belongs to
   * @return the answer, or empty when the answer was not a batch answer with items
   */
  public static Optional<MexcAnswer> answerOf(HttpRequest request) {
    Object answer = request.getAttributes().get(ANSWER_ATTRIBUTE);
    return answer instanceof MexcAnswer ? Optional.of((MexcAnswer) answer) : Optional.empty();
  }

  /**
   * Describes a request as {@link MexcRequestInfo#of(String, java.net.URI, io.github.mexcerrors.wire.MexcHeaders)}
   * does: the API from the path, timestamp and recvWindow from the query or the headers.
   *
   * @param request the request
   * @return the description
   */
  public static MexcRequestInfo describe(HttpRequest request) {
    return MexcRequestInfo.of(request.getMethod().name(), request.getURI(), request.getHeaders()::getFirst);
  }
}
