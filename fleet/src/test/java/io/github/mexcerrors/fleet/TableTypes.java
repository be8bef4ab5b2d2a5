package io.github.mexcerrors.fleet;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.OnMexcErrorFallback;

/** Makes the processor generate the bundled table's types (MexcErrors, the exceptions) for the tests. */
final class TableTypes {
  @OnMexcErrorFallback
  void any(MexcException e) {}
}
