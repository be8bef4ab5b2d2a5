package io.github.mexcerrors;

import java.util.Optional;

/**
 * Turns what MEXC answered into the most specific exception of a table. The generated {@code MexcErrors} class
 * implements it ({@code MexcErrors.factory()}), so that libraries which read HTTP answers (the client adapters)
 * reach the generated exception hierarchy without reflection: they take a factory as a parameter.
 *
 * <p>Implementations never throw on unknown or malformed input: a code missing from the table becomes the
 * exception of the category its HTTP status names, else a plain {@link MexcException}.
 */
public interface MexcExceptionFactory {
  /**
   * Creates the most specific exception for an error answer, with a stack trace.
   *
   * @param response what MEXC answered
   * @return the exception, never {@code null}
   */
  MexcException create(MexcErrorResponse response);

  /**
   * Creates the most specific exception for an error answer without filling in its stack trace, which makes
   * creation cheaper: for errors that are handled as values or handed to a handler, not thrown across layers.
   *
   * @param response what MEXC answered
   * @return the exception, never {@code null}
   */
  MexcException createWithoutStackTrace(MexcErrorResponse response);

  /**
   * Looks a code up in an API's table.
   *
   * @param api the API
   * @param code the code
   * @return the table entry, or empty when the code is not in the table
   */
  Optional<? extends MexcErrorCode> errorCode(MexcApi api, int code);

  /**
   * Returns a factory that knows no table: every answer becomes a plain {@link MexcException} with no entry and
   * no category. For tests and for code that runs without generated types.
   *
   * @return the table-less factory
   */
  static MexcExceptionFactory untyped() {
    return UntypedExceptionFactory.INSTANCE;
  }
}
