package io.github.mexcerrors;

/** What a client may do after an error: whether, and under which condition, a request may be sent again. */
public enum RetryPolicy {
  /** Do not retry: the request must change first. The default, also for codes missing from the table. */
  NEVER,
  /** Retry after waiting (honour {@code Retry-After} when present): rate limits, maintenance, unavailable. */
  AFTER_BACKOFF,
  /** Retry once the local clock has been re-synchronised with the server's (e.g. {@code GET /api/v3/time}). */
  AFTER_CLOCK_SYNC,
  /**
   * Retry only if the request is idempotent: the outcome is unknown (an order may have been placed), so query
   * the state first and never blindly re-send an order.
   */
  IF_IDEMPOTENT;

  /**
   * Tells whether a request may be sent again at all under this policy.
   *
   * @return {@code false} for {@link #NEVER}, {@code true} otherwise
   */
  public boolean isRetryable() {
    return this != NEVER;
  }
}
