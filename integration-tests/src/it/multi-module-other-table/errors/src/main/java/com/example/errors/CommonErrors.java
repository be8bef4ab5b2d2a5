package com.example.errors;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.OnMexcErrorFallback;

/** The shared fallback; its handler method is what makes the processor generate the table types here. */
public class CommonErrors {
  private String last = "";

  @OnMexcErrorFallback
  void log(MexcApi api, int code, String message) {
    last = api + " " + code + " " + message;
  }

  /**
   * Returns the last error seen.
   *
   * @return e.g. {@code "SPOT 123 message"}
   */
  public String last() {
    return last;
  }
}
