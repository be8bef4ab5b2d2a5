package io.github.mexcerrors.example;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.MexcErrors;
import java.util.Objects;

/**
 * One error answer of MEXC, as received: a whole response, or one item of a batch response.
 *
 * @param api the code space the answer belongs to (decided by the endpoint, not by the body)
 * @param httpStatus the HTTP status, or {@link MexcException#NO_HTTP_STATUS} for an item of a batch response
 * @param rawCode the code exactly as sent ({@code "30021"} for a JSON string), or {@code ""} when the body carried
 *     none (non-JSON body, HTTP-status-only error)
 * @param message the exchange's text from {@code msg}, {@code message}, {@code errorMsg} or {@code data}; the
 *     start of the body when it is not JSON; never {@code null}
 */
public record ErrorResponse(MexcApi api, int httpStatus, String rawCode, String message) {
  /** Checks the components. */
  public ErrorResponse {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(rawCode, "rawCode");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Turns the answer into the most specific generated exception: the category class of a known code, the class
   * the HTTP status names for an unknown code (429, 503, 5XX, 401), else a plain {@link MexcException}.
   *
   * @return the exception, never {@code null}
   */
  public MexcException toException() {
    return MexcErrors.create(api, rawCode, message, httpStatus);
  }
}
