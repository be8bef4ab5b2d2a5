package io.github.mexcerrors.example;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What happened during a run, line by line for people and as facts for tests: the HTTP exchanges, the errors (code,
 * generated constant, exception class), the handlers that ran and what they did.
 */
public final class Trace {
  /**
   * One handler run.
   *
   * @param handler the handler method's name
   * @param exception the exception it handled
   * @param detail what it did
   */
  public record HandlerRun(String handler, MexcException exception, String detail) {}

  private final Consumer<String> sink;
  private final List<String> lines = new ArrayList<>();
  private final List<MexcException> errors = new ArrayList<>();
  private final List<HandlerRun> handlerRuns = new ArrayList<>();

  /** Creates a trace that only records. */
  public Trace() {
    this(line -> { });
  }

  /**
   * Creates a trace that also passes every line on as it comes.
   *
   * @param sink where to pass lines, e.g. {@code System.out::println}
   */
  public Trace(Consumer<String> sink) {
    this.sink = sink;
  }

  /**
   * Records a request being sent.
   *
   * @param description e.g. {@code GET /api/v3/account}
   */
  public synchronized void request(String description) {
    line("  -> " + description);
  }

  /**
   * Records an answer.
   *
   * @param httpStatus the HTTP status
   * @param body the body, shortened for the trace
   */
  public synchronized void response(int httpStatus, String body) {
    String text = body.strip().replaceAll("\\s+", " ");
    line("  <- HTTP " + httpStatus + (text.isEmpty() ? "" : " " + (text.length() > 110
        ? text.substring(0, 110) + "..." : text)));
  }

  /**
   * Records an error answer turned into an exception.
   *
   * @param exception the exception
   */
  public synchronized void error(MexcException exception) {
    errors.add(exception);
    line("  error   " + describe(exception));
  }

  /**
   * Records a handler run; handlers call this.
   *
   * @param handler the handler method's name
   * @param exception the exception it handled
   * @param detail what it did
   */
  public synchronized void handler(String handler, MexcException exception, String detail) {
    handlerRuns.add(new HandlerRun(handler, exception, detail));
    line("  handler " + handler + ": " + detail);
  }

  /**
   * Records a free-form note.
   *
   * @param text the note
   */
  public synchronized void note(String text) {
    line("  " + text);
  }

  /**
   * Returns the errors in the order they were received.
   *
   * @return a copy of the list
   */
  public synchronized List<MexcException> errors() {
    return List.copyOf(errors);
  }

  /**
   * Returns the handler runs in order.
   *
   * @return a copy of the list
   */
  public synchronized List<HandlerRun> handlerRuns() {
    return List.copyOf(handlerRuns);
  }

  /**
   * Returns the names of the handlers that ran, in order.
   *
   * @return the names
   */
  public synchronized List<String> handlers() {
    return handlerRuns.stream().map(HandlerRun::handler).toList();
  }

  /**
   * Returns every line recorded.
   *
   * @return a copy of the lines
   */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /**
   * Describes an exception in one line: raw code, generated constant, exception class.
   *
   * @param exception the exception
   * @return e.g. {@code 700003 SpotErrorCode.TIMESTAMP_OUTSIDE_RECV_WINDOW -> ClockSkewException}
   */
  public static String describe(MexcException exception) {
    String code = exception.rawCode().isEmpty() ? "(no code)" : exception.rawCode();
    String constant = exception.errorCode().map(Trace::constantName).orElse("(not in the table)");
    String status = exception.httpStatus().isPresent() ? ", HTTP " + exception.httpStatus().getAsInt() : "";
    return exception.api() + " " + code + " " + constant + " -> " + exception.getClass().getSimpleName() + status;
  }

  /**
   * Returns the Java name of a generated constant.
   *
   * @param code the table entry
   * @return e.g. {@code SpotErrorCode.TIMESTAMP_OUTSIDE_RECV_WINDOW}
   */
  public static String constantName(MexcErrorCode code) {
    Class<?> type = code instanceof Enum<?> constant ? constant.getDeclaringClass() : code.getClass();
    return type.getSimpleName() + "." + code.name();
  }

  private void line(String text) {
    lines.add(text);
    sink.accept(text);
  }
}
