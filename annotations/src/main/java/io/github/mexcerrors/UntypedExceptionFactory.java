package io.github.mexcerrors;

import java.util.Objects;
import java.util.Optional;

/** The factory of {@link MexcExceptionFactory#untyped()}. */
enum UntypedExceptionFactory implements MexcExceptionFactory {
  INSTANCE;

  @Override
  public MexcException create(MexcErrorResponse response) {
    return new MexcException(Objects.requireNonNull(response, "response"), null, null, true);
  }

  @Override
  public MexcException createWithoutStackTrace(MexcErrorResponse response) {
    return new MexcException(Objects.requireNonNull(response, "response"), null, null, false);
  }

  @Override
  public Optional<? extends MexcErrorCode> errorCode(MexcApi api, int code) {
    return Optional.empty();
  }
}
