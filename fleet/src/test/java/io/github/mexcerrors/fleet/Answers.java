package io.github.mexcerrors.fleet;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.MexcErrors;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/** MEXC answers as the adapters hand them to a gate. */
final class Answers {
  private Answers() {}

  static MexcException status(int status, Duration retryAfter) {
    MexcErrorResponse.Builder response = MexcErrorResponse.builder(MexcApi.SPOT).httpStatus(status).message("");
    if (retryAfter != null) {
      response.retryAfter(retryAfter);
    }
    return MexcErrors.factory().create(response.build());
  }

  static MexcException futures(int code) {
    return MexcErrors.factory().create(MexcErrorResponse.builder(MexcApi.FUTURES).code(code).httpStatus(200)
        .message("Excessive frequency of requests").build());
  }

  static Function<String, String> key(String apiKey) {
    return Map.of(PauseGate.SPOT_KEY_HEADER, apiKey)::get;
  }
}
